package io.opsledger.kernel.backup;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A run failed. */
@Revision("1")
public record BackupRunFailedEvent(BackupJobId jobId, BackupRunId runId, RunOrigin origin, Instant startedAt, Instant failedAt, String reason, Integer exitStatus, String logExcerpt) implements BackupJobEvent {
}
