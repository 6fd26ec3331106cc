package io.opsledger.query.pipelineruns;

import io.opsledger.kernel.pipeline.FindPipelineQuery;
import io.opsledger.kernel.pipeline.FindPipelineRunQuery;
import io.opsledger.kernel.pipeline.FindPipelineRunsQuery;
import io.opsledger.kernel.pipeline.FindPipelineStatsQuery;
import io.opsledger.kernel.pipeline.FindPipelinesQuery;
import io.opsledger.kernel.pipeline.PipelinePage;
import io.opsledger.kernel.pipeline.PipelineRunPage;
import io.opsledger.kernel.pipeline.PipelineRunView;
import io.opsledger.kernel.pipeline.PipelineStatsView;
import io.opsledger.kernel.pipeline.PipelineView;
import io.opsledger.kernel.pipeline.WatchPipelineRunsQuery;
import io.opsledger.query.paging.KeysetCursor;
import io.opsledger.query.paging.PageRequest;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers pipeline queries from the pipeline tables. */
@Component
class PipelineRunsQueryHandler {

    private final PipelineRunsRepository repository;

    PipelineRunsQueryHandler(PipelineRunsRepository repository) {
        this.repository = repository;
    }

    @QueryHandler
    PipelineView handle(FindPipelineQuery query) {
        return repository.findPipeline(query.pipelineId().value()).orElse(null);
    }

    @QueryHandler
    PipelinePage handle(FindPipelinesQuery query) {
        PageRequest.checkSize(query.first());
        KeysetCursor after = query.after() == null ? null
                : KeysetCursor.decode(PipelineRunsRepository.PIPELINES, query.after());
        return repository.findPipelines(query.namespace(), query.first(), after);
    }

    @QueryHandler
    PipelineRunPage handle(FindPipelineRunsQuery query) {
        PageRequest.checkSize(query.first());
        KeysetCursor after = query.after() == null ? null
                : KeysetCursor.decode(PipelineRunsRepository.RUNS, query.after());
        return repository.findRuns(query.pipelineId(), query.state(), query.first(), after);
    }

    @QueryHandler
    PipelineRunView handle(FindPipelineRunQuery query) {
        return repository.findRun(query.runId().value()).orElse(null);
    }

    @QueryHandler
    PipelineStatsView handle(FindPipelineStatsQuery query) {
        return repository.stats(query.pipelineId());
    }

    /** Subscribers to run changes want the updates only; see {@link WatchPipelineRunsQuery}. */
    @QueryHandler
    PipelineRunView handle(WatchPipelineRunsQuery query) {
        return null;
    }
}
