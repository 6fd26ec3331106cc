package io.opsledger.kernel.backup;

import java.time.Instant;
import java.util.UUID;

/** A job in a list: its headline figures without its runs. */
public record BackupJobSummaryView(UUID id, String name, String source, BackupJobStatus status, UUID pingUuid,
                                   Instant lastSuccessAt, Instant nextDueAt, int runCount, long revision,
                                   Instant createdAt, Instant updatedAt) {
}
