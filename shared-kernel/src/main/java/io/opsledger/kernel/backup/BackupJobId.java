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
    /** As {@link #of(String)}: the name Jackson looks for to read this id as a map key. */
    public static BackupJobId fromString(String value) {
        return of(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
