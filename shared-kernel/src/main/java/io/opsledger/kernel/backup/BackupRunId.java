package io.opsledger.kernel.backup;

import java.util.Objects;
import java.util.UUID;

/** One run of a backup job. Healthchecks clients may choose it themselves ({@code ?rid=}). */
public record BackupRunId(UUID value) {

    public BackupRunId {
        Objects.requireNonNull(value, "backup run id");
    }

    public static BackupRunId random() {
        return new BackupRunId(UUID.randomUUID());
    }

    public static BackupRunId of(String value) {
        return new BackupRunId(UUID.fromString(value));
    }

    /** As {@link #of(String)}: the name Jackson looks for to read this id as a map key. */
    public static BackupRunId fromString(String value) {
        return of(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
