package io.opsledger.kernel.plan;

import java.util.List;

/** A page of plan summaries; each edge carries the cursor to continue after it. */
public record PlanSummaryPage(List<Edge> edges, boolean hasNextPage, boolean hasPreviousPage) {

    public record Edge(String cursor, PlanSummaryView node) {
    }
}
