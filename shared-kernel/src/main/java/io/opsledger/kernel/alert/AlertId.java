package io.opsledger.kernel.alert;

import java.util.Objects;
import java.util.UUID;

/** One alert: from its raise to its resolution. A later raise of the same key is a new alert. */
public record AlertId(UUID value) {

    public AlertId {
        Objects.requireNonNull(value, "alert id");
    }

    /** The id from its text form, the bare UUID (as {@link #toString()} writes it; Jackson reads map keys with it). */
    public static AlertId fromString(String value) {
        return new AlertId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
