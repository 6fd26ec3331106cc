package io.opsledger.kernel.backup;

import io.opsledger.kernel.limits.Span;
import io.opsledger.kernel.limits.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Duration;
import java.util.UUID;

/** Replaces a job's settings (all but its ping UUID); the overdue deadline follows the new interval and grace. */
public record ReconfigureBackupJobCommand(@TargetAggregateIdentifier BackupJobId jobId, @Text(max = BackupRule.MAX_NAME_LENGTH, required = true) String name, @Text(max = BackupRule.MAX_SOURCE_LENGTH, required = true) String source, @Span(maxSeconds = BackupRule.MAX_INTERVAL_SECONDS) Duration interval, @Span(maxSeconds = BackupRule.MAX_INTERVAL_SECONDS) Duration grace, RetentionPolicy retention, ScanSettings scan) implements BackupJobCommand {
}
