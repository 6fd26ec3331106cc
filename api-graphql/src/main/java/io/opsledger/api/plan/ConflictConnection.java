package io.opsledger.api.plan;

import io.opsledger.kernel.plan.ConflictPage;

import java.util.List;

/** The Relay connection of conflicts. */
record ConflictConnection(List<ConflictPage.Edge> edges, PlanConnection.PageInfo pageInfo) {

    static ConflictConnection of(ConflictPage page) {
        List<ConflictPage.Edge> edges = page.edges();
        return new ConflictConnection(edges, PlanConnection.PageInfo.of(page.hasNextPage(), page.hasPreviousPage(),
                edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor()));
    }
}
