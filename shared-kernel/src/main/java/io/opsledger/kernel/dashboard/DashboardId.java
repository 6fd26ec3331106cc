package io.opsledger.kernel.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

public record DashboardId(UUID value) {

    /** The "Operations" dashboard every installation starts with: one id, so creating it twice is refused. */
    public static final DashboardId OPERATIONS =
            new DashboardId(UUID.nameUUIDFromBytes("dashboard:operations".getBytes(StandardCharsets.UTF_8)));

    public DashboardId {
        Objects.requireNonNull(value, "dashboard id");
    }

    /** The id from its text form, the bare UUID (as {@link #toString()} writes it; Jackson reads map keys with it). */
    public static DashboardId fromString(String value) {
        return new DashboardId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
