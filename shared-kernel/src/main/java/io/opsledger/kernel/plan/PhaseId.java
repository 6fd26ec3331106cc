package io.opsledger.kernel.plan;

import java.util.Objects;
import java.util.UUID;

public record PhaseId(UUID value) {

    public PhaseId {
        Objects.requireNonNull(value, "phase id");
    }

    public static PhaseId random() {
        return new PhaseId(UUID.randomUUID());
    }

    /** The id from its text form, the bare UUID (as {@link #toString()} writes it; Jackson reads map keys with it). */
    public static PhaseId fromString(String value) {
        return new PhaseId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
