package io.opsledger.kernel.alert;

/** Ordered: a repeat raise never lowers an open alert's severity. */
public enum AlertSeverity {
    INFO, WARNING, CRITICAL;

    public boolean atLeast(AlertSeverity minimum) {
        return minimum == null || compareTo(minimum) >= 0;
    }
}
