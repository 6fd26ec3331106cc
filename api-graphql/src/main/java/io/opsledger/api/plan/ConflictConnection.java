package io.opsledger.api.plan;

import io.opsledger.api.graphql.PageInfo;
import io.opsledger.kernel.plan.ConflictPage;

import java.util.List;

/** The Relay connection of conflicts. */
record ConflictConnection(List<ConflictPage.Edge> edges, PageInfo pageInfo) {

    static ConflictConnection of(ConflictPage page) {
        return new ConflictConnection(page.edges(), PageInfo.of(page.edges(), ConflictPage.Edge::cursor,
                page.hasNextPage(), page.hasPreviousPage()));
    }
}
