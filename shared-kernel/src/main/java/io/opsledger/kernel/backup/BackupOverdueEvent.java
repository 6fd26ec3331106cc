package io.opsledger.kernel.backup;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** No success within interval + grace: the job is late. Raises an alert once alerts exist. */
@Revision("1")
public record BackupOverdueEvent(BackupJobId jobId, Instant dueAt, Instant lastSuccessAt) implements BackupJobEvent {
}
