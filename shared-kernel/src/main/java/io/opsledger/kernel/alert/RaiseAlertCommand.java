package io.opsledger.kernel.alert;

import io.opsledger.kernel.limits.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Raises an alert for {@code key}, or counts one more occurrence of the open one. {@code cause}
 * identifies what raised it (the causing event's id): the same cause counts once, however often
 * it is delivered.
 */
public record RaiseAlertCommand(@TargetAggregateIdentifier AlertStreamId streamId,
                                @Text(max = MAX_KEY_LENGTH, required = true) String key, AlertKind kind,
                                AlertSeverity severity, @Text(max = MAX_TITLE_LENGTH, required = true) String title,
                                @Text(max = MAX_MESSAGE_LENGTH, multiline = true) String message, AlertSubject subject,
                                @Text(max = 300) String cause) implements AlertCommand {

    public static final int MAX_KEY_LENGTH = 300;
    public static final int MAX_TITLE_LENGTH = 300;
    public static final int MAX_MESSAGE_LENGTH = 4000;

    public static RaiseAlertCommand of(String key, AlertKind kind, AlertSeverity severity, String title,
                                       String message, AlertSubject subject, String cause) {
        return new RaiseAlertCommand(AlertStreamId.forKey(key), key, kind, severity, title, message, subject, cause);
    }

    /**
     * For policies, whose messages quote values of other entities: a message longer than the
     * limit is cut (with an ellipsis) rather than refused, so an alert is never lost to its length.
     * A person's or a script's message is refused when too long, never cut.
     */
    public static RaiseAlertCommand fromPolicy(String key, AlertKind kind, AlertSeverity severity, String title,
                                               String message, AlertSubject subject, String cause) {
        return of(key, kind, severity, title, cut(message), subject, cause);
    }

    private static String cut(String message) {
        if (message == null || message.codePointCount(0, message.length()) <= MAX_MESSAGE_LENGTH) {
            return message;
        }
        return message.substring(0, message.offsetByCodePoints(0, MAX_MESSAGE_LENGTH - 1)) + "…";
    }
}
