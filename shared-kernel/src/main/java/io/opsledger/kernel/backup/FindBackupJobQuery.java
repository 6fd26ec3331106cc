package io.opsledger.kernel.backup;

/** One job with its recent runs; answers {@link BackupJobView}, or null when there is none. */
public record FindBackupJobQuery(BackupJobId jobId) {
}
