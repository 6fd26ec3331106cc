package io.opsledger.kernel.plan;

import java.util.Objects;
import java.util.UUID;

public record PlanId(UUID value) {

    public PlanId {
        Objects.requireNonNull(value, "plan id");
    }

    public static PlanId random() {
        return new PlanId(UUID.randomUUID());
    }

    public static PlanId of(String value) {
        return new PlanId(UUID.fromString(value));
    }

    /** The aggregate identifier in the event store: the bare UUID. */
    /** As {@link #of(String)}: the name Jackson looks for to read this id as a map key. */
    public static PlanId fromString(String value) {
        return of(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
