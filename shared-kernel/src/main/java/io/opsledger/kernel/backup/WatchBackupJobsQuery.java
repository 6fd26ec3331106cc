package io.opsledger.kernel.backup;

/**
 * Subscription to every job's changes. Its initial result is always null: subscribers want the
 * updates, each a {@link BackupJobView}.
 */
public record WatchBackupJobsQuery() {
}
