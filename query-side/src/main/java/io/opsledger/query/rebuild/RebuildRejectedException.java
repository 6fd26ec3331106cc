package io.opsledger.query.rebuild;

/**
 * A rebuild, check or cancel that cannot be done as asked. {@link #rule()} names why:
 * {@value #PROJECTION_UNKNOWN}, {@value #REBUILD_ALREADY_RUNNING}, {@value #PROCESSOR_NOT_HERE}.
 */
public class RebuildRejectedException extends IllegalArgumentException {

    public static final String PROJECTION_UNKNOWN = "PROJECTION_UNKNOWN";
    public static final String REBUILD_ALREADY_RUNNING = "REBUILD_ALREADY_RUNNING";
    public static final String PROCESSOR_NOT_HERE = "PROCESSOR_NOT_HERE";

    private final String rule;

    public RebuildRejectedException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
