package io.opsledger.kernel.backup;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A job as the read model holds it, with its newest runs (at most {@value #MAX_RUNS}, newest first)
 * and every run retention still keeps. {@code revision} is the sequence number of the last event
 * applied.
 */
public record BackupJobView(UUID id, String name, String source, long intervalSeconds, long graceSeconds,
                            RetentionPolicy retention, UUID pingUuid, ScanSettings scan, BackupJobStatus status,
                            Instant lastSuccessAt, Instant lastFailureAt, Instant nextDueAt, long revision,
                            Instant createdAt, Instant updatedAt, List<BackupRunView> runs,
                            List<BackupRunView> retained) {

    public static final int MAX_RUNS = 100;

    public record BackupRunView(UUID id, RunOrigin origin, RunStatus status, Instant startedAt, Instant finishedAt,
                                Long durationMillis, Long sizeBytes, String sha256, String fileName,
                                Integer exitStatus, String reason, String log, Instant verifiedAt,
                                RetentionTier tier, Instant expiredAt) {
    }
}
