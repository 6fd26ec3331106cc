package io.opsledger.kernel.alert;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The alert was resolved, by hand or because its cause cleared. */
@Revision("1")
public record AlertResolvedEvent(AlertStreamId streamId, AlertId alertId, boolean automatically, String by, String reason, Instant at) implements AlertEvent {
}
