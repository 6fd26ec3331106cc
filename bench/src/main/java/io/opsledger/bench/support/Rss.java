package io.opsledger.bench.support;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.DoubleAccumulator;

/** The server's peak resident memory while a load runs, sampled every 250 ms from {@code /proc}. */
public final class Rss implements AutoCloseable {

    private final DoubleAccumulator peak = new DoubleAccumulator(Math::max, 0);
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rss-sampler");
        thread.setDaemon(true);
        return thread;
    });

    private Rss(AppProcess app) {
        sampler.scheduleAtFixedRate(() -> peak.accumulate(app.rssMiB()), 0, 250, TimeUnit.MILLISECONDS);
    }

    public static Rss watch(AppProcess app) {
        return new Rss(app);
    }

    /** Peak RSS in MiB so far. */
    public double peakMiB() {
        return peak.get();
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
