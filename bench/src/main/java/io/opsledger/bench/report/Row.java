package io.opsledger.bench.report;

/**
 * One figure: what was measured ({@code scenario} on {@code profile}), its value in {@code unit},
 * the same-run baseline it is compared with (null when it has none), and its target (or null).
 */
public record Row(String section, String scenario, String profile, String figure, double value, String unit,
                  Baseline baseline, Target target) {

    /** A reference figure measured in the same run, by name. */
    public record Baseline(String key, String label, double value, String unit) {
    }

    public Double ratio() {
        if (baseline == null || baseline.value() == 0 || Double.isNaN(baseline.value()) || Double.isNaN(value)) {
            return null;
        }
        return value / baseline.value();
    }

    public String met() {
        if (target == null) {
            return "";
        }
        return target.met(value, ratio()) ? "yes" : "no";
    }
}
