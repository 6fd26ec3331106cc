package io.opsledger.kernel.alert;

import io.opsledger.kernel.limits.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes an alert by hand. */
public record ResolveAlertCommand(@TargetAggregateIdentifier AlertStreamId streamId, AlertId alertId, @Text(max = 200) String by,
                                  @Text(max = 2000, multiline = true) String reason) implements AlertCommand {
}
