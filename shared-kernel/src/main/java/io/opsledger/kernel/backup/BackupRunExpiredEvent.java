package io.opsledger.kernel.backup;

import org.axonframework.serialization.Revision;

/** Retention no longer keeps this run. Opsledger records it; the file is deleted only when the job allows it. */
@Revision("1")
public record BackupRunExpiredEvent(BackupJobId jobId, BackupRunId runId, String fileName) implements BackupJobEvent {
}
