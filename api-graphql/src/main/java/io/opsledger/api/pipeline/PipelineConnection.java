package io.opsledger.api.pipeline;

import io.opsledger.api.graphql.PageInfo;
import io.opsledger.kernel.pipeline.PipelinePage;

import java.util.List;

/** The Relay connection of pipelines. */
record PipelineConnection(List<PipelinePage.Edge> edges, PageInfo pageInfo) {

    static PipelineConnection of(PipelinePage page) {
        return new PipelineConnection(page.edges(), PageInfo.of(page.edges(), PipelinePage.Edge::cursor,
                page.hasNextPage(), page.hasPreviousPage()));
    }
}
