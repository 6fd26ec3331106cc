package io.opsledger.api.pipeline;

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
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;

/** Reads pipelines and runs through Axon queries, off the event loop, including live run updates. */
@Component
class PipelineReader {

    private static final Duration POLL = Duration.ofMillis(25);

    private final QueryGateway queryGateway;
    private final Duration readYourWritesTimeout;

    PipelineReader(QueryGateway queryGateway,
                   @Value("${opsledger.read-your-writes-timeout:5s}") Duration readYourWritesTimeout) {
        this.queryGateway = queryGateway;
        this.readYourWritesTimeout = readYourWritesTimeout;
    }

    Mono<PipelineView> find(PipelineId pipelineId) {
        return query(new FindPipelineQuery(pipelineId), PipelineView.class);
    }

    Mono<PipelinePage> findAll(FindPipelinesQuery query) {
        return query(query, PipelinePage.class);
    }

    Mono<PipelineRunPage> runs(FindPipelineRunsQuery query) {
        return query(query, PipelineRunPage.class);
    }

    Mono<PipelineRunView> run(PipelineRunId runId) {
        return query(new FindPipelineRunQuery(runId), PipelineRunView.class);
    }

    Mono<PipelineStatsView> stats(PipelineId pipelineId) {
        return query(new FindPipelineStatsQuery(pipelineId), PipelineStatsView.class);
    }

    /**
     * The pipeline once the read model holds at least this revision. Pipelines change rarely and
     * have no subscription of their own, so this polls briefly; past the timeout, the pipeline as it is.
     */
    Mono<PipelineView> atLeast(PipelineId pipelineId, long revision) {
        return find(pipelineId)
                .filter(pipeline -> pipeline.revision() >= revision)
                .repeatWhenEmpty(repeats -> repeats.delayElements(POLL))
                .timeout(readYourWritesTimeout, Mono.defer(() -> find(pipelineId)));
    }

    /** The run once the read model has applied at least this revision, so that a mutation's payload shows its change. */
    Mono<PipelineRunView> atLeast(PipelineRunId runId, long revision) {
        return Flux.using(
                        () -> queryGateway.subscriptionQuery(new FindPipelineRunQuery(runId),
                                ResponseTypes.instanceOf(PipelineRunView.class), ResponseTypes.instanceOf(PipelineRunView.class)),
                        // The initial query runs after the update handler is registered: no change falls between them.
                        result -> result.initialResult().flux().concatWith(result.updates()),
                        SubscriptionQueryResult::close)
                .subscribeOn(Schedulers.boundedElastic())
                .filter(run -> run.revision() >= revision)
                .next()
                .timeout(readYourWritesTimeout, Mono.defer(() -> run(runId)));
    }

    /** Every run after each change to it, of one pipeline or (null) of all. */
    Flux<PipelineRunView> watch(PipelineId pipelineId) {
        return Flux.using(
                        () -> queryGateway.subscriptionQuery(new WatchPipelineRunsQuery(pipelineId),
                                ResponseTypes.instanceOf(PipelineRunView.class), ResponseTypes.instanceOf(PipelineRunView.class)),
                        SubscriptionQueryResult::updates,
                        SubscriptionQueryResult::close)
                .subscribeOn(Schedulers.boundedElastic());
    }

    private <Q, R> Mono<R> query(Q query, Class<R> type) {
        return Mono.fromFuture(() -> queryGateway.query(query, type)).subscribeOn(Schedulers.boundedElastic());
    }
}
