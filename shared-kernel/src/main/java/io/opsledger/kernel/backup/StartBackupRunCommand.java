package io.opsledger.kernel.backup;

import io.opsledger.kernel.limits.ClientTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A run began (Healthchecks' {@code /start}); the success or failure that follows measures its duration. */
public record StartBackupRunCommand(@TargetAggregateIdentifier BackupJobId jobId, BackupRunId runId, RunOrigin origin, @ClientTime Instant at) implements BackupJobCommand {
}
