package io.opsledger.api.messaging;

import io.opsledger.query.readmodel.ReadModelProgress;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Axon queries as Reactor types, on a thread where blocking is allowed and that is never
 * interrupted ({@link BlockingWork}: the local query bus runs handlers, and their JDBC reads, on
 * the caller's thread), subscriptions, and the read-your-writes wait every mutation uses.
 */
@Component
public class Queries {

    private final QueryGateway gateway;
    private final ReadModelProgress progress;
    private final Scheduler blocking;
    private final Duration readYourWritesTimeout;

    Queries(QueryGateway gateway, ReadModelProgress progress, BlockingWork blocking,
            @Value("${opsledger.read-your-writes-timeout:5s}") Duration readYourWritesTimeout) {
        this.gateway = gateway;
        this.progress = progress;
        this.blocking = blocking.scheduler();
        this.readYourWritesTimeout = readYourWritesTimeout;
    }

    /** A read-model answer, and whether the read model had not yet applied the change that was waited for. */
    public record Fresh<R>(R value, boolean behind) {
    }

    /** One answer; empty when the handler answers null. */
    public <R> Mono<R> query(Object query, Class<R> type) {
        return Mono.fromFuture(() -> gateway.query(query, type)).subscribeOn(blocking);
    }

    /**
     * Every update the live-updates processor pushes for this query; with {@code includeCurrent},
     * the current answer first. The initial query runs after the update handler is registered, so
     * no change falls between them. Updates reach the subscriber on a parallel scheduler, so the
     * thread that emits them never waits for a slow client.
     */
    public <R> Flux<R> watch(Object query, Class<R> type, boolean includeCurrent) {
        return subscribe(query, ResponseTypes.instanceOf(type), type, includeCurrent).cast(type);
    }

    /** As {@link #watch}, for a query whose initial answer is a list: its items first, then each update. */
    public <R> Flux<R> watchAll(Object query, Class<R> type) {
        return subscribe(query, ResponseTypes.multipleInstancesOf(type), type, true)
                .concatMap(item -> item instanceof List<?> list ? Flux.fromIterable(list).cast(type) : Mono.just(type.cast(item)));
    }

    /**
     * For queries whose updates only signal that something changed: the current answer (or the
     * error {@code whenMissing} if there is none), then what {@code reload} makes of the signals.
     */
    public <R, U> Flux<R> watch(Object query, Class<R> type, Class<U> signalType, Supplier<? extends Throwable> whenMissing,
                                Function<Flux<U>, Flux<R>> reload) {
        return Flux.<R, SubscriptionQueryResult<R, U>>using(
                        () -> gateway.subscriptionQuery(query, ResponseTypes.instanceOf(type),
                                ResponseTypes.instanceOf(signalType)),
                        result -> result.initialResult().switchIfEmpty(Mono.error(whenMissing))
                                .concatWith(reload.apply(result.updates().publishOn(Schedulers.parallel()))),
                        SubscriptionQueryResult::close)
                .subscribeOn(blocking);
    }

    private <I, R> Flux<Object> subscribe(Object query, ResponseType<I> initial, Class<R> type, boolean includeCurrent) {
        return Flux.<Object, SubscriptionQueryResult<I, R>>using(
                        () -> gateway.subscriptionQuery(query, initial, ResponseTypes.instanceOf(type)),
                        result -> {
                            Flux<Object> updates = result.updates().publishOn(Schedulers.parallel()).cast(Object.class);
                            return includeCurrent ? result.initialResult().cast(Object.class).concatWith(updates) : updates;
                        },
                        SubscriptionQueryResult::close)
                .subscribeOn(blocking);
    }

    /**
     * The answer once {@code group}'s read model has applied the aggregate up to {@code revision},
     * so that a mutation's payload shows its own change: waits for the read model's progress signal
     * (no polling), then reads once. Past the timeout, the answer as the read model holds it, marked
     * {@linkplain Fresh#behind() behind} unless it shows the revision after all.
     */
    public <R> Mono<Fresh<R>> atLeast(String group, String aggregateId, long revision, Object query, Class<R> type,
                                      ToLongFunction<R> revisionOf) {
        return Mono.fromFuture(() -> progress.whenApplied(group, aggregateId, revision, readYourWritesTimeout))
                .flatMap(caughtUp -> query(query, type)
                        .map(answer -> new Fresh<>(answer, !caughtUp && revisionOf.applyAsLong(answer) < revision))
                        .defaultIfEmpty(new Fresh<>(null, !caughtUp)));
    }
}
