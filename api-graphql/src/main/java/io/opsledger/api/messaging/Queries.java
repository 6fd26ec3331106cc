package io.opsledger.api.messaging;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.function.ToLongFunction;

/**
 * Axon queries as Reactor types, on a thread where blocking is allowed (the local query bus runs
 * handlers, and their JDBC reads, on the caller's thread), and the read-your-writes wait every
 * mutation uses.
 */
@Component
public class Queries {

    private static final long POLL_MILLIS = 25;

    private final QueryGateway gateway;
    private final Duration readYourWritesTimeout;

    Queries(QueryGateway gateway, @Value("${opsledger.read-your-writes-timeout:5s}") Duration readYourWritesTimeout) {
        this.gateway = gateway;
        this.readYourWritesTimeout = readYourWritesTimeout;
    }

    /** One answer; empty when the handler answers null. */
    public <R> Mono<R> query(Object query, Class<R> type) {
        return Mono.fromFuture(() -> gateway.query(query, type)).subscribeOn(Schedulers.boundedElastic());
    }

    /**
     * Every update the live-updates processor pushes for this query; with {@code includeCurrent},
     * the current answer first. The initial query runs after the update handler is registered, so
     * no change falls between them.
     */
    public <R> Flux<R> watch(Object query, Class<R> type, boolean includeCurrent) {
        return Flux.using(
                () -> gateway.subscriptionQuery(query, ResponseTypes.instanceOf(type), ResponseTypes.instanceOf(type)),
                result -> includeCurrent ? result.initialResult().flux().concatWith(result.updates()) : result.updates(),
                SubscriptionQueryResult::close)
                .subscribeOn(Schedulers.boundedElastic());
    }

    /**
     * The answer once the read model shows at least {@code revision}, so that a mutation's payload
     * shows its own change; if the projection lags beyond the timeout, the answer as it is. Live
     * updates usually bring it; the query is also asked again every {@value #POLL_MILLIS} ms,
     * because the live-updates processor may have looked for subscribers before this one
     * registered and the projection may have committed after the initial query.
     */
    public <R> Mono<R> atLeast(Object query, Class<R> type, ToLongFunction<R> revisionOf, long revision) {
        Flux<R> polled = Flux.interval(Duration.ofMillis(POLL_MILLIS)).onBackpressureDrop()
                .concatMap(tick -> query(query, type), 1);
        return Flux.merge(watch(query, type, true), polled)
                .filter(answer -> revisionOf.applyAsLong(answer) >= revision)
                .next()
                .timeout(readYourWritesTimeout, Mono.defer(() -> query(query, type)));
    }
}
