package io.opsledger.kernel.backup;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A run began. */
@Revision("1")
public record BackupRunStartedEvent(BackupJobId jobId, BackupRunId runId, RunOrigin origin, Instant startedAt) implements BackupJobEvent {
}
