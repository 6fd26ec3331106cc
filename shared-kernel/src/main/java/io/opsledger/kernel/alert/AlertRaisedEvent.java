package io.opsledger.kernel.alert;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An alert was raised for its key; it is OPEN with one occurrence. {@code cause} is what raised it (an event id), if known. */
@Revision("1")
public record AlertRaisedEvent(AlertStreamId streamId, AlertId alertId, String key, AlertKind kind, AlertSeverity severity, String title, String message, AlertSubject subject, String cause, Instant at) implements AlertEvent {
}
