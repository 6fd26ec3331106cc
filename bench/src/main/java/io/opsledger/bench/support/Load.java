package io.opsledger.bench.support;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import java.util.function.LongFunction;

/**
 * Load drivers. Closed loop: each client sends its next request when the previous one answered
 * (throughput at a given concurrency). Open loop: requests leave at a fixed rate whatever the
 * answers do, and each latency counts from the moment its request was due, so a stalled server
 * shows in the percentiles instead of slowing the load (no coordinated omission).
 */
public final class Load {

    private static final long HIGHEST_MICROS = TimeUnit.SECONDS.toMicros(120);
    private static final int KEPT_ERRORS = 5;

    private Load() {
    }

    /** One request of a client; {@code iteration} counts that client's requests from 0. */
    @FunctionalInterface
    public interface Operation {
        void run(long iteration) throws Exception;
    }

    /**
     * {@code clients} clients, each on its own thread running its operation back to back for
     * {@code duration}, or until {@code maxPerClient} operations (whichever comes first).
     */
    public static LoadResult closedLoop(int clients, Duration duration, long maxPerClient, IntFunction<Operation> client)
            throws InterruptedException {
        Histogram latencies = new ConcurrentHistogram(HIGHEST_MICROS, 3);
        AtomicLong operations = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(clients);
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        for (int c = 0; c < clients; c++) {
            Operation operation = client.apply(c);
            Thread.ofVirtual().name("client-" + c).start(() -> {
                try {
                    for (long i = 0; i < maxPerClient && System.nanoTime() < deadline; i++) {
                        long sent = System.nanoTime();
                        try {
                            operation.run(i);
                            latencies.recordValue(Math.min(HIGHEST_MICROS, (System.nanoTime() - sent) / 1000));
                            operations.incrementAndGet();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            keep(firstErrors, e);
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new LoadResult(operations.get(), errors.get(), seconds, latencies, List.copyOf(firstErrors));
    }

    /**
     * Requests at {@code ratePerSecond} for {@code duration}; at most {@code maxInFlight} unanswered
     * at once (a request due while that many wait counts as an error: the server fell behind).
     */
    public static LoadResult openLoop(double ratePerSecond, Duration duration, int maxInFlight,
                                      LongFunction<CompletableFuture<?>> request) throws InterruptedException {
        Histogram latencies = new ConcurrentHistogram(HIGHEST_MICROS, 3);
        AtomicLong operations = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());
        Semaphore inFlight = new Semaphore(maxInFlight);
        long total = (long) (ratePerSecond * duration.toMillis() / 1000.0);
        long intervalNanos = (long) (1e9 / ratePerSecond);
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (!inFlight.tryAcquire()) {
                errors.incrementAndGet();
                keep(firstErrors, new IllegalStateException(maxInFlight + " requests in flight: the server fell behind"));
                continue;
            }
            request.apply(i).whenComplete((answer, failure) -> {
                if (failure == null) {
                    latencies.recordValue(Math.min(HIGHEST_MICROS, (System.nanoTime() - due) / 1000));
                    operations.incrementAndGet();
                } else {
                    errors.incrementAndGet();
                    keep(firstErrors, failure);
                }
                inFlight.release();
            });
        }
        boolean drained = inFlight.tryAcquire(maxInFlight, 60, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!drained) {
            keep(firstErrors, new IllegalStateException("requests still unanswered 60 s after the last was sent"));
        }
        return new LoadResult(operations.get(), errors.get(), seconds, latencies, List.copyOf(firstErrors));
    }

    private static void keep(List<String> firstErrors, Throwable error) {
        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                ? error.getCause() : error;
        synchronized (firstErrors) {
            if (firstErrors.size() < KEPT_ERRORS) {
                firstErrors.add(cause.getClass().getSimpleName() + ": " + cause.getMessage());
            }
        }
    }
}
