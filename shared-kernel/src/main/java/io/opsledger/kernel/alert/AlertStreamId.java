package io.opsledger.kernel.alert;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * The aggregate that holds every alert of one dedup key, one after another: derived from the key,
 * so that any raise of the same key, from any instance, reaches the same aggregate.
 */
public record AlertStreamId(UUID value) {

    public AlertStreamId {
        Objects.requireNonNull(value, "alert stream id");
    }

    public static AlertStreamId forKey(String key) {
        return new AlertStreamId(UUID.nameUUIDFromBytes(("alert-key:" + key).getBytes(StandardCharsets.UTF_8)));
    }

    /** The id from its text form, the bare UUID (as {@link #toString()} writes it; Jackson reads map keys with it). */
    public static AlertStreamId fromString(String value) {
        return new AlertStreamId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
