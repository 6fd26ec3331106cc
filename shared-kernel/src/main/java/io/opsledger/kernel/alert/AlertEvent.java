package io.opsledger.kernel.alert;

/** Every event of the alerts of one key. */
public sealed interface AlertEvent permits AlertRaisedEvent, AlertRepeatedEvent, AlertAcknowledgedEvent, AlertResolvedEvent {

    AlertStreamId streamId();

    AlertId alertId();
}
