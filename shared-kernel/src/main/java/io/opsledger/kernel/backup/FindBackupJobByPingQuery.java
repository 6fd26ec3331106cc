package io.opsledger.kernel.backup;

import java.util.UUID;

/** The job a Healthchecks-style ping UUID belongs to; answers {@link BackupJobId}, or null for an unknown UUID. */
public record FindBackupJobByPingQuery(UUID pingUuid) {
}
