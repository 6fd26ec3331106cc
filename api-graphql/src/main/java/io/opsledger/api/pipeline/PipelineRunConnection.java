package io.opsledger.api.pipeline;

import io.opsledger.api.graphql.PageInfo;
import io.opsledger.kernel.pipeline.PipelineRunPage;

import java.util.List;

/** The Relay connection of a pipeline's runs. */
record PipelineRunConnection(List<PipelineRunPage.Edge> edges, PageInfo pageInfo) {

    static PipelineRunConnection of(PipelineRunPage page) {
        return new PipelineRunConnection(page.edges(), PageInfo.of(page.edges(), PipelineRunPage.Edge::cursor,
                page.hasNextPage(), page.hasPreviousPage()));
    }
}
