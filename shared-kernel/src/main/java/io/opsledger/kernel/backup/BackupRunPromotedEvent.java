package io.opsledger.kernel.backup;

import org.axonframework.serialization.Revision;

/** Retention promoted a verified run to the weekly or monthly tier. */
@Revision("1")
public record BackupRunPromotedEvent(BackupJobId jobId, BackupRunId runId, RetentionTier tier) implements BackupJobEvent {
}
