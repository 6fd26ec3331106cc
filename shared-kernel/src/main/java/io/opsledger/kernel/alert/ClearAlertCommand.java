package io.opsledger.kernel.alert;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The cause of the key's alert cleared (the next backup succeeded, say): its open alert, if any, resolves. */
public record ClearAlertCommand(@TargetAggregateIdentifier AlertStreamId streamId, String key, String reason)
        implements AlertCommand {

    public static ClearAlertCommand of(String key, String reason) {
        return new ClearAlertCommand(AlertStreamId.forKey(key), key, reason);
    }
}
