package io.opsledger.kernel.alert;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Someone has seen the alert and is on it; {@code by} is who, {@code comment} optional. */
public record AcknowledgeAlertCommand(@TargetAggregateIdentifier AlertStreamId streamId, AlertId alertId, String by,
                                      String comment) implements AlertCommand {
}
