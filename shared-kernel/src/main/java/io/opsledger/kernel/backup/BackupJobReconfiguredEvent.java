package io.opsledger.kernel.backup;

import org.axonframework.serialization.Revision;

import java.time.Duration;

/** A job's settings changed. */
@Revision("1")
public record BackupJobReconfiguredEvent(BackupJobId jobId, String name, String source, Duration interval, Duration grace, RetentionPolicy retention, ScanSettings scan) implements BackupJobEvent {
}
