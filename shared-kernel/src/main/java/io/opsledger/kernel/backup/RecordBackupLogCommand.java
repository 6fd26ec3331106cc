package io.opsledger.kernel.backup;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A log line without a change of status (Healthchecks' {@code /log}); it joins the latest open run, if any. */
public record RecordBackupLogCommand(@TargetAggregateIdentifier BackupJobId jobId, Instant at, String log) implements BackupJobCommand {
}
