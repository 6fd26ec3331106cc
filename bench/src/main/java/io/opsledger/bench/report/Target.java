package io.opsledger.bench.report;

/** A goal a figure is held to: on its ratio to the baseline, or on its value. */
public record Target(String text, Kind kind, double bound) {

    enum Kind { RATIO_AT_LEAST, AT_MOST, AT_LEAST }

    public static Target ratioAtLeast(double bound) {
        return new Target("≥ %s×".formatted(trim(bound)), Kind.RATIO_AT_LEAST, bound);
    }

    public static Target atMost(double bound, String unit) {
        return new Target("≤ %s %s".formatted(trim(bound), unit), Kind.AT_MOST, bound);
    }

    public static Target atLeast(double bound, String unit) {
        return new Target("≥ %s %s".formatted(trim(bound), unit), Kind.AT_LEAST, bound);
    }

    boolean met(double value, Double ratio) {
        return switch (kind) {
            case RATIO_AT_LEAST -> ratio != null && ratio >= bound;
            case AT_MOST -> value <= bound;
            case AT_LEAST -> value >= bound;
        };
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
