package io.opsledger.kernel.backup;

import io.opsledger.kernel.limits.ClientTime;
import io.opsledger.kernel.limits.Range;
import io.opsledger.kernel.limits.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A run failed, with a reason, the process exit status (1-255, optional) and the tail of its log. Run pairing as for {@link RecordBackupSuccessCommand}. */
public record RecordBackupFailureCommand(@TargetAggregateIdentifier BackupJobId jobId, BackupRunId runId, boolean attachToOpenRun, RunOrigin origin, @ClientTime Instant at, @Text(max = BackupRule.MAX_REASON_LENGTH, multiline = true) String reason, @Range(min = -255, max = 255) Integer exitStatus, @Text(max = 4_000_000, multiline = true, raw = true) String log) implements BackupJobCommand {
}
