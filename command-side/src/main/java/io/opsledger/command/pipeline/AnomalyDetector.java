package io.opsledger.command.pipeline;

import java.util.List;
import java.util.Optional;

/** Robust outlier test: median ± k · spread over a run history (see {@link AnomalySettings}). */
final class AnomalyDetector {

    /** Makes the median absolute deviation estimate the standard deviation of normally distributed data. */
    static final double MAD_SCALE = 1.4826;

    private AnomalyDetector() {
    }

    /** The figures that make {@code value} an anomaly against {@code history}, or empty when it is not one (or history is too short). */
    static Optional<Verdict> judge(double value, List<Double> history, AnomalySettings settings) {
        if (history.size() < settings.minRuns()) {
            return Optional.empty();
        }
        double median = median(history);
        double mad = median(history.stream().map(x -> Math.abs(x - median)).toList());
        double spread = Math.max(1.0, Math.max(MAD_SCALE * mad, settings.minRelativeSpread() * Math.abs(median)));
        double lower = median - settings.k() * spread;
        double upper = median + settings.k() * spread;
        return value < lower || value > upper
                ? Optional.of(new Verdict(median, mad, lower, upper))
                : Optional.empty();
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    record Verdict(double median, double mad, double lowerBound, double upperBound) {
    }
}
