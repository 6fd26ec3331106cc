package io.opsledger.kernel.alert;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Someone acknowledged the alert. */
@Revision("1")
public record AlertAcknowledgedEvent(AlertStreamId streamId, AlertId alertId, String by, String comment, Instant at) implements AlertEvent {
}
