package io.opsledger.kernel.dashboard;

import io.opsledger.kernel.limits.Text;

import java.util.Objects;

/** A widget's id, chosen by the client and unique within its dashboard (e.g. {@code open-alerts}). */
public record WidgetId(@Text(max = 100, required = true) String value) {

    public WidgetId {
        Objects.requireNonNull(value, "widget id");
    }

    @Override
    public String toString() {
        return value;
    }
}
