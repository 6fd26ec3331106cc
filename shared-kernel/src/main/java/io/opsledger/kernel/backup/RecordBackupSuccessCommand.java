package io.opsledger.kernel.backup;

import io.opsledger.kernel.limits.ClientTime;
import io.opsledger.kernel.limits.Range;
import io.opsledger.kernel.limits.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A run succeeded. {@code runId} names a started run, or a new one; with {@code attachToOpenRun} and no run of that id, the latest started run that has not ended is the one that succeeded, as Healthchecks pairs /start with the next success. Size and SHA-256 are optional for pings. */
public record RecordBackupSuccessCommand(@TargetAggregateIdentifier BackupJobId jobId, BackupRunId runId, boolean attachToOpenRun, RunOrigin origin, @ClientTime Instant at, @Range(min = 0, max = 1_000_000_000_000_000_000L) Long sizeBytes, @Text(max = 64) String sha256, @Text(max = 4_000_000, multiline = true, raw = true) String log) implements BackupJobCommand {
}
