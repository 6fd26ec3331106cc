package io.opsledger.command.backup;

import io.opsledger.kernel.backup.BackupRunId;
import io.opsledger.kernel.backup.RetentionTier;
import io.opsledger.kernel.backup.RunStatus;

import java.time.Instant;

/**
 * A run inside a backup job, immutable: an event replaces it, so two jobs' states compare by
 * value (Axon's fixture checks that state changes only in event-sourcing handlers this way, as it
 * does for the plan's tasks). Only what the job's decisions need is kept; {@code failedSha256} is
 * the hash of the last failed verification, so that seeing the same damaged file again changes
 * nothing.
 */
record Run(BackupRunId id, RunStatus status, Instant startedAt, Instant finishedAt, String sha256, String fileName,
           String failedSha256, RetentionTier tier) {

    static Run started(BackupRunId id, Instant startedAt) {
        return new Run(id, RunStatus.STARTED, startedAt, null, null, null, null, null);
    }

    boolean isOpen() {
        return status == RunStatus.STARTED;
    }

    boolean holdsBackup() {
        return status == RunStatus.SUCCEEDED || status == RunStatus.VERIFIED || status == RunStatus.VERIFICATION_FAILED;
    }

    Run succeeded(Instant at, String newSha256, String newFileName) {
        return new Run(id, RunStatus.SUCCEEDED, startedAt, at, newSha256, newFileName, failedSha256, tier);
    }

    Run failed(Instant at) {
        return new Run(id, RunStatus.FAILED, startedAt, at, sha256, fileName, failedSha256, tier);
    }

    Run verified(String observedSha256) {
        return new Run(id, RunStatus.VERIFIED, startedAt, finishedAt, observedSha256, fileName, null, tier);
    }

    Run verificationFailed(String observedSha256) {
        return new Run(id, RunStatus.VERIFICATION_FAILED, startedAt, finishedAt, sha256, fileName, observedSha256, tier);
    }

    Run promotedTo(RetentionTier newTier) {
        return new Run(id, status, startedAt, finishedAt, sha256, fileName, failedSha256, newTier);
    }

    Run expired() {
        return new Run(id, RunStatus.EXPIRED, startedAt, finishedAt, sha256, fileName, failedSha256, tier);
    }
}
