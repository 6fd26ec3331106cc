package io.opsledger.kernel.backup;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The backup was read back and its hash differed from the recorded one (or it could not be read). Raises an alert once alerts exist. */
@Revision("1")
public record BackupRunVerificationFailedEvent(BackupJobId jobId, BackupRunId runId, String expectedSha256, String actualSha256, Instant at) implements BackupJobEvent {
}
