package io.opsledger.kernel.backup;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A run succeeded. {@code runId} names a started run, or a new one; with {@code attachToOpenRun} and no run of that id, the latest started run that has not ended is the one that succeeded, as Healthchecks pairs /start with the next success. Size and SHA-256 are optional for pings. */
public record RecordBackupSuccessCommand(@TargetAggregateIdentifier BackupJobId jobId, BackupRunId runId, boolean attachToOpenRun, RunOrigin origin, Instant at, Long sizeBytes, String sha256, String log) implements BackupJobCommand {
}
