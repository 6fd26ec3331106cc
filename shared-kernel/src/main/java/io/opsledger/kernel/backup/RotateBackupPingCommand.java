package io.opsledger.kernel.backup;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Replaces a job's ping UUID, which is the secret of its {@code /ping/{uuid}} address (Healthchecks'
 * model): the old address stops working at once, as when a leaked URL is rotated.
 */
public record RotateBackupPingCommand(@TargetAggregateIdentifier BackupJobId jobId, UUID pingUuid)
        implements BackupJobCommand {
}
