package io.opsledger.api.plan;

import io.opsledger.kernel.plan.ConflictPage;
import io.opsledger.kernel.plan.ExportPlanMarkdownQuery;
import io.opsledger.kernel.plan.FindConflictsQuery;
import io.opsledger.kernel.plan.FindPlanQuery;
import io.opsledger.kernel.plan.FindPlansQuery;
import io.opsledger.kernel.plan.PlanId;
import io.opsledger.kernel.plan.PlanSummaryPage;
import io.opsledger.kernel.plan.PlanView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;

/** Reads plans through Axon queries, off the event loop, including live updates. */
@Component
class PlanReader {

    private final QueryGateway queryGateway;
    private final Duration readYourWritesTimeout;

    PlanReader(QueryGateway queryGateway,
               @Value("${opsledger.read-your-writes-timeout:5s}") Duration readYourWritesTimeout) {
        this.queryGateway = queryGateway;
        this.readYourWritesTimeout = readYourWritesTimeout;
    }

    Mono<PlanView> find(PlanId planId) {
        return Mono.fromFuture(() -> queryGateway.query(new FindPlanQuery(planId), PlanView.class))
                .subscribeOn(Schedulers.boundedElastic());
    }

    Mono<PlanSummaryPage> findAll(FindPlansQuery query) {
        return Mono.fromFuture(() -> queryGateway.query(query, PlanSummaryPage.class))
                .subscribeOn(Schedulers.boundedElastic());
    }

    Mono<String> markdown(PlanId planId) {
        return Mono.fromFuture(() -> queryGateway.query(new ExportPlanMarkdownQuery(planId), String.class))
                .subscribeOn(Schedulers.boundedElastic());
    }

    Mono<ConflictPage> conflicts(FindConflictsQuery query) {
        return Mono.fromFuture(() -> queryGateway.query(query, ConflictPage.class))
                .subscribeOn(Schedulers.boundedElastic());
    }

    /**
     * The plan once the read model has applied at least the given revision, so that a mutation's
     * payload shows its own change. If the projection lags beyond the timeout, the plan as it is.
     */
    Mono<PlanView> atLeast(PlanId planId, long revision) {
        return watch(planId, true)
                .filter(plan -> plan.revision() >= revision)
                .next()
                .timeout(readYourWritesTimeout, Mono.defer(() -> find(planId)));
    }

    /** Every state of the plan after each change; with {@code includeCurrent}, the current state first. */
    Flux<PlanView> watch(PlanId planId, boolean includeCurrent) {
        return Flux.using(
                () -> queryGateway.subscriptionQuery(new FindPlanQuery(planId),
                        ResponseTypes.instanceOf(PlanView.class), ResponseTypes.instanceOf(PlanView.class)),
                result -> includeCurrent ? initialThenUpdates(result) : result.updates(),
                SubscriptionQueryResult::close)
                .subscribeOn(Schedulers.boundedElastic());
    }

    private static Flux<PlanView> initialThenUpdates(SubscriptionQueryResult<PlanView, PlanView> result) {
        // The initial query runs after the update handler is registered: no change falls between them.
        return result.initialResult().flux().concatWith(result.updates());
    }
}
