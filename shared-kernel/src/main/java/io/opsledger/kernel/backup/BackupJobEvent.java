package io.opsledger.kernel.backup;

/** Every event of a backup job's life and of its runs; the job id is the aggregate it belongs to. */
public sealed interface BackupJobEvent permits BackupJobCreatedEvent, BackupJobReconfiguredEvent, BackupPingRotatedEvent, BackupLogRecordedEvent, BackupOverdueClearedEvent, BackupOverdueEvent, BackupRunExpiredEvent, BackupRunFailedEvent, BackupRunPromotedEvent, BackupRunStartedEvent, BackupRunSucceededEvent, BackupRunVerificationFailedEvent, BackupRunVerifiedEvent {

    BackupJobId jobId();
}
