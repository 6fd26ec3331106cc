package io.opsledger.kernel.backup;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Applies the job's retention policy now (it is also applied after every success and verification). */
public record ApplyBackupRetentionCommand(@TargetAggregateIdentifier BackupJobId jobId) implements BackupJobCommand {
}
