package io.opsledger.kernel.backup;

/**
 * A page of job summaries, oldest first, optionally of one status. {@code after} is the cursor of
 * the last summary of the previous page (opaque to clients); answers {@link BackupJobSummaryPage}.
 */
public record FindBackupJobsQuery(BackupJobStatus status, int first, String after) {
}
