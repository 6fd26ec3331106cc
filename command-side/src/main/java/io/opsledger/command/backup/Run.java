package io.opsledger.command.backup;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.opsledger.kernel.backup.BackupRunId;
import io.opsledger.kernel.backup.RetentionTier;
import io.opsledger.kernel.backup.RunStatus;

import java.time.Instant;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

/** A run inside a backup job. Only what the job's decisions need is kept. */
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE)
final class Run {

    final BackupRunId id;
    RunStatus status;
    Instant startedAt;
    Instant finishedAt;
    String sha256;
    String fileName;
    /** The hash of the last failed verification, so that seeing the same damaged file again changes nothing. */
    String failedSha256;
    RetentionTier tier;

    /** For Jackson, reading a snapshot: it sets the fields itself. */
    private Run() {
        this(null, null, null);
    }

    Run(BackupRunId id, RunStatus status, Instant startedAt) {
        this.id = id;
        this.status = status;
        this.startedAt = startedAt;
    }

    boolean isOpen() {
        return status == RunStatus.STARTED;
    }

    boolean holdsBackup() {
        return status == RunStatus.SUCCEEDED || status == RunStatus.VERIFIED || status == RunStatus.VERIFICATION_FAILED;
    }
}
