package io.opsledger.query.readmodel;

import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * What each projection has applied, as this instance has been told: per processing group and
 * aggregate, the highest sequence number whose transaction has committed. Projections report
 * after commit ({@link ProgressReporting}); other instances' projections arrive through a relay
 * (PostgreSQL notifications). Whoever needs a change in a read model (a mutation answering with
 * its own write, a live update) waits on {@link #whenApplied} instead of reading until it shows.
 *
 * <p>Positions of the {@value #REMEMBERED} most recently changed aggregates are kept, so a wait
 * that starts just after its projection committed ends at once; an older position can only
 * belong to a change that happened long before the wait began.
 */
@Component
public class ReadModelProgress {

    static final int REMEMBERED = 20_000;

    private record Key(String group, String aggregateId) {
    }

    private record Waiter(long sequence, CompletableFuture<Boolean> done) {
    }

    private final Map<Key, Long> applied = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Long> eldest) {
            return size() > REMEMBERED;
        }
    };
    private final Map<Key, List<Waiter>> waiting = new HashMap<>();

    /** Records that {@code group} has committed the aggregate's events up to {@code sequence}; wakes its waiters. */
    public void applied(String group, String aggregateId, long sequence) {
        Key key = new Key(group, aggregateId);
        List<Waiter> woken = new ArrayList<>();
        synchronized (this) {
            applied.merge(key, sequence, Math::max);
            List<Waiter> waiters = waiting.get(key);
            if (waiters != null) {
                for (Iterator<Waiter> it = waiters.iterator(); it.hasNext(); ) {
                    Waiter waiter = it.next();
                    if (waiter.sequence() <= sequence) {
                        woken.add(waiter);
                        it.remove();
                    }
                }
                if (waiters.isEmpty()) {
                    waiting.remove(key);
                }
            }
        }
        woken.forEach(waiter -> waiter.done().complete(true));
    }

    /** Whether {@code group} is known to have applied the aggregate up to {@code sequence}. */
    public synchronized boolean hasApplied(String group, String aggregateId, long sequence) {
        Long position = applied.get(new Key(group, aggregateId));
        return position != null && position >= sequence;
    }

    /**
     * Completes with true once {@code group} has applied the aggregate up to {@code sequence}, or
     * with false after {@code timeout}. Never completes exceptionally; callers continue on their
     * own executor (a timeout completes on the JDK's delay thread).
     */
    public CompletableFuture<Boolean> whenApplied(String group, String aggregateId, long sequence, Duration timeout) {
        Key key = new Key(group, aggregateId);
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        Waiter waiter = new Waiter(sequence, done);
        synchronized (this) {
            Long position = applied.get(key);
            if (position != null && position >= sequence) {
                return CompletableFuture.completedFuture(true);
            }
            waiting.computeIfAbsent(key, k -> new ArrayList<>(2)).add(waiter);
        }
        done.completeOnTimeout(false, timeout.toNanos(), TimeUnit.NANOSECONDS);
        done.whenComplete((caughtUp, failure) -> {
            if (!Boolean.TRUE.equals(caughtUp)) {
                forget(key, waiter);
            }
        });
        return done;
    }

    /** How many waits are open: for tests and metrics. */
    public synchronized int waiting() {
        return waiting.values().stream().mapToInt(List::size).sum();
    }

    private synchronized void forget(Key key, Waiter waiter) {
        List<Waiter> waiters = waiting.get(key);
        if (waiters != null && waiters.remove(waiter) && waiters.isEmpty()) {
            waiting.remove(key);
        }
    }
}
