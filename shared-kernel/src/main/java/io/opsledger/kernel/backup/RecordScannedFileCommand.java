package io.opsledger.kernel.backup;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The scanner saw a file: a new one becomes a successful run; a known one with the same hash changes nothing; a known one whose hash changed fails verification. */
public record RecordScannedFileCommand(@TargetAggregateIdentifier BackupJobId jobId, BackupRunId runId, String fileName, long sizeBytes, String sha256, Instant modifiedAt) implements BackupJobCommand {
}
