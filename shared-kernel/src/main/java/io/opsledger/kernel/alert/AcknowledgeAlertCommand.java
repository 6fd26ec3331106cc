package io.opsledger.kernel.alert;

import io.opsledger.kernel.limits.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Someone has seen the alert and is on it; {@code by} is who, {@code comment} optional. */
public record AcknowledgeAlertCommand(@TargetAggregateIdentifier AlertStreamId streamId, AlertId alertId, @Text(max = 200) String by,
                                      @Text(max = 2000, multiline = true) String comment) implements AlertCommand {
}
