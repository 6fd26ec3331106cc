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

    @Override
    public String toString() {
        return value.toString();
    }
}
