package io.opsledger.kernel.alert;

import io.opsledger.kernel.limits.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The cause of the key's alert cleared (the next backup succeeded, say): its open alert, if any, resolves. */
public record ClearAlertCommand(@TargetAggregateIdentifier AlertStreamId streamId, @Text(max = RaiseAlertCommand.MAX_KEY_LENGTH, required = true) String key, @Text(max = 2000, multiline = true) String reason)
        implements AlertCommand {

    public static ClearAlertCommand of(String key, String reason) {
        return new ClearAlertCommand(AlertStreamId.forKey(key), key, reason);
    }
}
