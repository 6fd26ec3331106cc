package io.opsledger.kernel.backup;

import org.axonframework.serialization.Revision;

import java.time.Duration;
import java.util.UUID;

/** A backup job was created; its first run is expected within interval + grace. */
@Revision("1")
public record BackupJobCreatedEvent(BackupJobId jobId, String name, String source, Duration interval, Duration grace, RetentionPolicy retention, UUID pingUuid, ScanSettings scan) implements BackupJobEvent {
}
