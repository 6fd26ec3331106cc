package io.opsledger.kernel.backup;

import java.util.Objects;
import java.util.UUID;

public record BackupJobId(UUID value) {

    public BackupJobId {
        Objects.requireNonNull(value, "backup job id");
    }

    public static BackupJobId random() {
        return new BackupJobId(UUID.randomUUID());
    }

    public static BackupJobId of(String value) {
        return new BackupJobId(UUID.fromString(value));
    }

    /** The aggregate identifier in the event store: the bare UUID. */
    @Override
    public String toString() {
        return value.toString();
    }
}
