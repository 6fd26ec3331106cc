package io.opsledger.kernel.plan;

import java.util.List;

/** A page of conflicts; each edge carries the cursor to continue after it. */
public record ConflictPage(List<Edge> edges, boolean hasNextPage, boolean hasPreviousPage) {

    public record Edge(String cursor, ConflictView node) {
    }
}
