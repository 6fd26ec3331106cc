package io.opsledger.kernel.backup;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** A job's ping address changed: pings to the old UUID are unknown from now on. */
@Revision("1")
public record BackupPingRotatedEvent(BackupJobId jobId, UUID pingUuid) implements BackupJobEvent {
}
