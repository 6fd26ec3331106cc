package io.opsledger.api.plan;

import io.opsledger.kernel.plan.PlanSummaryPage;

import java.util.List;

/** The Relay connection of plan summaries. */
record PlanConnection(List<PlanSummaryPage.Edge> edges, PageInfo pageInfo) {

    record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {

        static PageInfo of(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
            return new PageInfo(hasNextPage, hasPreviousPage, startCursor, endCursor);
        }
    }

    static PlanConnection of(PlanSummaryPage page) {
        List<PlanSummaryPage.Edge> edges = page.edges();
        String start = edges.isEmpty() ? null : edges.getFirst().cursor();
        String end = edges.isEmpty() ? null : edges.getLast().cursor();
        return new PlanConnection(edges, new PageInfo(page.hasNextPage(), page.hasPreviousPage(), start, end));
    }
}
