package io.opsledger.kernel.backup;

import io.opsledger.kernel.limits.ClientTime;
import io.opsledger.kernel.limits.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A log line without a change of status (Healthchecks' {@code /log}); it joins the latest open run, if any. */
public record RecordBackupLogCommand(@TargetAggregateIdentifier BackupJobId jobId, @ClientTime Instant at, @Text(max = 4_000_000, multiline = true, raw = true) String log) implements BackupJobCommand {
}
