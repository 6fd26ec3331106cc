package io.opsledger.kernel.pipeline;

import java.util.List;

/** A page of runs; each edge carries the cursor to continue after it. */
public record PipelineRunPage(List<Edge> edges, boolean hasNextPage, boolean hasPreviousPage) {

    public record Edge(String cursor, PipelineRunView node) {
    }
}
