package io.opsledger.kernel.backup;

/** Every job with a scan directory, or only {@code jobId} when given; answers {@link ScanTargets}. */
public record FindScannableBackupJobsQuery(BackupJobId jobId) {
}
