package io.opsledger.kernel.alert;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The open alert of the key was raised again: one more occurrence, severity never lowered. */
@Revision("1")
public record AlertRepeatedEvent(AlertStreamId streamId, AlertId alertId, int occurrences, AlertSeverity severity, String message, String cause, Instant at) implements AlertEvent {
}
