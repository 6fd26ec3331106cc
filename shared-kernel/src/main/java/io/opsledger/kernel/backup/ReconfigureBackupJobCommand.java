package io.opsledger.kernel.backup;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Duration;
import java.util.UUID;

/** Replaces a job's settings (all but its ping UUID); the overdue deadline follows the new interval and grace. */
public record ReconfigureBackupJobCommand(@TargetAggregateIdentifier BackupJobId jobId, String name, String source, Duration interval, Duration grace, RetentionPolicy retention, ScanSettings scan) implements BackupJobCommand {
}
