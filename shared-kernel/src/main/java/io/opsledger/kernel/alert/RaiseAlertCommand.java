package io.opsledger.kernel.alert;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Raises an alert for {@code key}, or counts one more occurrence of the open one. {@code cause}
 * identifies what raised it (the causing event's id): the same cause counts once, however often
 * it is delivered.
 */
public record RaiseAlertCommand(@TargetAggregateIdentifier AlertStreamId streamId, String key, AlertKind kind,
                                AlertSeverity severity, String title, String message, AlertSubject subject,
                                String cause) implements AlertCommand {

    public static RaiseAlertCommand of(String key, AlertKind kind, AlertSeverity severity, String title,
                                       String message, AlertSubject subject, String cause) {
        return new RaiseAlertCommand(AlertStreamId.forKey(key), key, kind, severity, title, message, subject, cause);
    }
}
