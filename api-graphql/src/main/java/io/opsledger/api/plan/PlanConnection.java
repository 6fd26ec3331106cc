package io.opsledger.api.plan;

import io.opsledger.api.graphql.PageInfo;
import io.opsledger.kernel.plan.PlanSummaryPage;

import java.util.List;

/** The Relay connection of plan summaries. */
record PlanConnection(List<PlanSummaryPage.Edge> edges, PageInfo pageInfo) {

    static PlanConnection of(PlanSummaryPage page) {
        return new PlanConnection(page.edges(), PageInfo.of(page.edges(), PlanSummaryPage.Edge::cursor,
                page.hasNextPage(), page.hasPreviousPage()));
    }
}
