package io.opsledger.kernel.alert;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes an alert by hand. */
public record ResolveAlertCommand(@TargetAggregateIdentifier AlertStreamId streamId, AlertId alertId, String by,
                                  String reason) implements AlertCommand {
}
