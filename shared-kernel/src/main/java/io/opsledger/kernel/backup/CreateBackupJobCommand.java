package io.opsledger.kernel.backup;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Duration;
import java.util.UUID;

/** Creates a job that expects a successful run every {@code interval}, late after {@code grace} more; {@code scan} is optional. */
public record CreateBackupJobCommand(@TargetAggregateIdentifier BackupJobId jobId, String name, String source, Duration interval, Duration grace, RetentionPolicy retention, UUID pingUuid, ScanSettings scan) implements BackupJobCommand {
}
