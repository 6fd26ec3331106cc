package io.opsledger.kernel.backup;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A run produced a backup. {@code startedAt} is null when no start was reported; {@code fileName} is set for scanned files. */
@Revision("1")
public record BackupRunSucceededEvent(BackupJobId jobId, BackupRunId runId, RunOrigin origin, Instant startedAt, Instant finishedAt, Long sizeBytes, String sha256, String fileName, String log) implements BackupJobEvent {
}
