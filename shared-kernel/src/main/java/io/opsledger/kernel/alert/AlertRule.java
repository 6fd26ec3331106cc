package io.opsledger.kernel.alert;

import io.opsledger.kernel.Rule;

/** Every rule an alert command can break; the constant's name is the error code. */
public enum AlertRule implements Rule {
    ALERT_KEY_REQUIRED("key"),
    ALERT_TITLE_REQUIRED("title"),
    /** Acknowledging or resolving needs an alert that is still open (or acknowledged). */
    ALERT_NOT_OPEN("id"),
    ALERT_NOT_FOUND("id");

    private final String field;

    AlertRule(String field) {
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
