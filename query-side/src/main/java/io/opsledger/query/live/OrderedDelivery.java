package io.opsledger.query.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Runs delivery tasks on a small pool, one after another per entity and in parallel across
 * entities: a task starts once its entity's previous task has finished and its own read model is
 * ready. The live-updates processor hands a task over and returns at once, so one slow read
 * model never holds up the live updates of others.
 */
final class OrderedDelivery {

    private static final Logger log = LoggerFactory.getLogger(OrderedDelivery.class);

    private final Executor executor;
    private final Map<Object, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    OrderedDelivery(Executor executor) {
        this.executor = executor;
    }

    /** Runs {@code task} on the pool after the entity's earlier tasks and once {@code ready} completes. */
    void submit(Object entity, Supplier<CompletableFuture<?>> ready, Runnable task) {
        CompletableFuture<Void> next = tails.compute(entity, (key, tail) -> {
            CompletableFuture<?> previous = tail == null ? CompletableFuture.completedFuture(null) : tail;
            return previous.thenCompose(done -> ready.get())
                    .thenRunAsync(task, executor)
                    .exceptionally(failure -> {
                        log.warn("Live update of {} failed: {}", key, failure.toString());
                        return null;
                    });
        });
        // Registered outside compute: a task already finished would otherwise remove itself re-entrantly.
        next.whenComplete((done, failure) -> tails.remove(entity, next));
    }

    /** Entities with a delivery still pending: for tests. */
    int pending() {
        return tails.size();
    }
}
