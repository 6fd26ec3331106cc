package io.opsledger.kernel.backup;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A log was reported without a change of status; {@code runId} is the open run it joined, or null. */
@Revision("1")
public record BackupLogRecordedEvent(BackupJobId jobId, BackupRunId runId, Instant at, String log) implements BackupJobEvent {
}
