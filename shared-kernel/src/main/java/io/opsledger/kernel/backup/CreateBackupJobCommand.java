package io.opsledger.kernel.backup;

import io.opsledger.kernel.limits.Span;
import io.opsledger.kernel.limits.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Duration;
import java.util.UUID;

/** Creates a job that expects a successful run every {@code interval}, late after {@code grace} more; {@code scan} is optional. */
public record CreateBackupJobCommand(@TargetAggregateIdentifier BackupJobId jobId, @Text(max = BackupRule.MAX_NAME_LENGTH, required = true) String name, @Text(max = BackupRule.MAX_SOURCE_LENGTH, required = true) String source, @Span(maxSeconds = BackupRule.MAX_INTERVAL_SECONDS) Duration interval, @Span(maxSeconds = BackupRule.MAX_INTERVAL_SECONDS) Duration grace, RetentionPolicy retention, UUID pingUuid, ScanSettings scan) implements BackupJobCommand {
}
