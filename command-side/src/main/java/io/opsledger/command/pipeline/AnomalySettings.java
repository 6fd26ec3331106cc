package io.opsledger.command.pipeline;

/**
 * How far outside its history a run's figure must lie to be an anomaly: more than {@code k}
 * spreads from the median of the last {@code window} succeeded runs, judged only once at least
 * {@code minRuns} are known. The spread is the median absolute deviation scaled by 1.4826 (so that
 * it matches a standard deviation on normal data), at least {@code minRelativeSpread} of the median
 * and at least one unit: perfectly regular pipelines would otherwise flag a run one millisecond off.
 */
public record AnomalySettings(double k, int window, int minRuns, double minRelativeSpread) {

    public static final AnomalySettings DEFAULT = new AnomalySettings(3.5, 50, 10, 0.05);

    public AnomalySettings {
        if (!(k > 0) || minRuns < 1 || window < minRuns || minRelativeSpread < 0) {
            throw new IllegalArgumentException("anomaly settings need k > 0, minRuns >= 1, window >= minRuns and "
                    + "minRelativeSpread >= 0 (got k=%s, window=%d, minRuns=%d, minRelativeSpread=%s)"
                    .formatted(k, window, minRuns, minRelativeSpread));
        }
    }
}
