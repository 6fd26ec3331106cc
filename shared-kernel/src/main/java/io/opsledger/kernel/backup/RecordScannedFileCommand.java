package io.opsledger.kernel.backup;

import io.opsledger.kernel.limits.NotInput;
import io.opsledger.kernel.limits.Range;
import io.opsledger.kernel.limits.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The scanner saw a file: a new one becomes a successful run; a known one with the same hash changes nothing; a known one whose hash changed fails verification. */
public record RecordScannedFileCommand(@TargetAggregateIdentifier BackupJobId jobId, BackupRunId runId, @Text(max = 1000) String fileName, @Range(min = 0, max = 1_000_000_000_000_000_000L) long sizeBytes, @Text(max = 64) String sha256, @NotInput("read by the server from the file system") Instant modifiedAt) implements BackupJobCommand {
}
