package io.opsledger.api.pipeline;

import io.opsledger.api.messaging.Queries;
import io.opsledger.api.messaging.Queries.Fresh;
import io.opsledger.kernel.pipeline.FindPipelineQuery;
import io.opsledger.kernel.pipeline.FindPipelineRunQuery;
import io.opsledger.kernel.pipeline.FindPipelineRunsQuery;
import io.opsledger.kernel.pipeline.FindPipelineStatsQuery;
import io.opsledger.kernel.pipeline.FindPipelinesQuery;
import io.opsledger.kernel.pipeline.PipelineId;
import io.opsledger.kernel.pipeline.PipelinePage;
import io.opsledger.kernel.pipeline.PipelineRunId;
import io.opsledger.kernel.pipeline.PipelineRunPage;
import io.opsledger.kernel.pipeline.PipelineRunView;
import io.opsledger.kernel.pipeline.PipelineStatsView;
import io.opsledger.kernel.pipeline.PipelineView;
import io.opsledger.kernel.pipeline.WatchPipelineRunsQuery;
import io.opsledger.query.readmodel.ProcessingGroups;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads pipelines and runs through Axon queries, including live run updates. */
@Component
class PipelineReader {

    private final Queries queries;

    PipelineReader(Queries queries) {
        this.queries = queries;
    }

    Mono<PipelineView> find(PipelineId pipelineId) {
        return queries.query(new FindPipelineQuery(pipelineId), PipelineView.class);
    }

    Mono<PipelinePage> findAll(FindPipelinesQuery query) {
        return queries.query(query, PipelinePage.class);
    }

    Mono<PipelineRunPage> runs(FindPipelineRunsQuery query) {
        return queries.query(query, PipelineRunPage.class);
    }

    Mono<PipelineRunView> run(PipelineRunId runId) {
        return queries.query(new FindPipelineRunQuery(runId), PipelineRunView.class);
    }

    Mono<PipelineStatsView> stats(PipelineId pipelineId) {
        return queries.query(new FindPipelineStatsQuery(pipelineId), PipelineStatsView.class);
    }

    /** The pipeline once the read model holds at least this revision (or, past the wait, as it is). */
    Mono<Fresh<PipelineView>> atLeast(PipelineId pipelineId, long revision) {
        return queries.atLeast(ProcessingGroups.PIPELINE_RUNS, pipelineId.toString(), revision,
                new FindPipelineQuery(pipelineId), PipelineView.class, PipelineView::revision);
    }

    /** The run once the read model has applied at least this revision (or, past the wait, as it is). */
    Mono<Fresh<PipelineRunView>> atLeast(PipelineRunId runId, long revision) {
        return queries.atLeast(ProcessingGroups.PIPELINE_RUNS, runId.toString(), revision,
                new FindPipelineRunQuery(runId), PipelineRunView.class, PipelineRunView::revision);
    }

    /** Every run after each change to it, of one pipeline or (null) of all. */
    Flux<PipelineRunView> watch(PipelineId pipelineId) {
        return queries.watch(new WatchPipelineRunsQuery(pipelineId), PipelineRunView.class, false);
    }
}
