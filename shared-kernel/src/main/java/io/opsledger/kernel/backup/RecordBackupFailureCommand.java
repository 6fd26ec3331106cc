package io.opsledger.kernel.backup;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A run failed, with a reason, the process exit status (1-255, optional) and the tail of its log. Run pairing as for {@link RecordBackupSuccessCommand}. */
public record RecordBackupFailureCommand(@TargetAggregateIdentifier BackupJobId jobId, BackupRunId runId, boolean attachToOpenRun, RunOrigin origin, Instant at, String reason, Integer exitStatus, String log) implements BackupJobCommand {
}
