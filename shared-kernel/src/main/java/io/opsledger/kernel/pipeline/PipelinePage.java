package io.opsledger.kernel.pipeline;

import java.util.List;

/** A page of pipelines; each edge carries the cursor to continue after it. */
public record PipelinePage(List<Edge> edges, boolean hasNextPage, boolean hasPreviousPage) {

    public record Edge(String cursor, PipelineView node) {
    }
}
