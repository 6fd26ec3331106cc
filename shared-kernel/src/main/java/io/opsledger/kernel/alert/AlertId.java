package io.opsledger.kernel.alert;

import java.util.Objects;
import java.util.UUID;

/** One alert: from its raise to its resolution. A later raise of the same key is a new alert. */
public record AlertId(UUID value) {

    public AlertId {
        Objects.requireNonNull(value, "alert id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
