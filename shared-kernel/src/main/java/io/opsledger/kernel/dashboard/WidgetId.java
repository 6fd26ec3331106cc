package io.opsledger.kernel.dashboard;

import java.util.Objects;

/** A widget's id, chosen by the client and unique within its dashboard (e.g. {@code open-alerts}). */
public record WidgetId(String value) {

    public WidgetId {
        Objects.requireNonNull(value, "widget id");
    }

    @Override
    public String toString() {
        return value;
    }
}
