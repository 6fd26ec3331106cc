package io.opsledger.kernel.backup;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The backup was read back and its hash matched. */
@Revision("1")
public record BackupRunVerifiedEvent(BackupJobId jobId, BackupRunId runId, String sha256, Instant verifiedAt) implements BackupJobEvent {
}
