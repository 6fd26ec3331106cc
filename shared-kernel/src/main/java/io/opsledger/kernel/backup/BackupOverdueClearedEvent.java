package io.opsledger.kernel.backup;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A success arrived for a late job: the overdue condition is over. */
@Revision("1")
public record BackupOverdueClearedEvent(BackupJobId jobId, BackupRunId runId, Instant at) implements BackupJobEvent {
}
