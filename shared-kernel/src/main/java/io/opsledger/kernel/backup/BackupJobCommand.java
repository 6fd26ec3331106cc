package io.opsledger.kernel.backup;

/** Every command addressed to a backup job; the job id names the aggregate it is routed to. */
public sealed interface BackupJobCommand permits ApplyBackupRetentionCommand, CreateBackupJobCommand, ReconfigureBackupJobCommand, RecordBackupFailureCommand, RecordBackupLogCommand, RecordBackupSuccessCommand, RecordScannedFileCommand, RotateBackupPingCommand, StartBackupRunCommand, VerifyBackupRunCommand {

    BackupJobId jobId();
}
