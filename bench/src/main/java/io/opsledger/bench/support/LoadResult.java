package io.opsledger.bench.support;

import org.HdrHistogram.Histogram;

import java.util.List;

/**
 * What one load step measured: completed operations, failed ones (with the first few messages),
 * the measured seconds, and latencies in microseconds.
 */
public record LoadResult(long operations, long errors, double seconds, Histogram latencyMicros, List<String> firstErrors) {

    public double perSecond() {
        return operations / seconds;
    }

    public double percentileMillis(double percentile) {
        return latencyMicros.getTotalCount() == 0 ? Double.NaN : latencyMicros.getValueAtPercentile(percentile) / 1000.0;
    }

    public double p50() {
        return percentileMillis(50);
    }

    public double p99() {
        return percentileMillis(99);
    }

    public double p999() {
        return percentileMillis(99.9);
    }

    public String summary() {
        return "%,d ops in %.1f s = %,.0f/s, p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, %d errors%s".formatted(
                operations, seconds, perSecond(), p50(), p99(), p999(), errors,
                firstErrors.isEmpty() ? "" : " (first: " + firstErrors.getFirst() + ")");
    }
}
