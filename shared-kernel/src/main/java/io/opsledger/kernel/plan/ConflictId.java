package io.opsledger.kernel.plan;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

public record ConflictId(UUID value) {

    public ConflictId {
        Objects.requireNonNull(value, "conflict id");
    }

    public static ConflictId random() {
        return new ConflictId(UUID.randomUUID());
    }

    /**
     * The id of the conflict a change meets on one field of one entity of a plan at a revision:
     * derived, not random, so that handling the same command on the same history gives the same id.
     */
    public static ConflictId of(PlanId planId, long revision, String field, UUID entityId) {
        String name = "conflict:" + planId + ":" + revision + ":" + field + ":" + entityId;
        return new ConflictId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
    }

    /** The id from its text form, the bare UUID (as {@link #toString()} writes it; Jackson reads map keys with it). */
    public static ConflictId fromString(String value) {
        return new ConflictId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
