package io.opsledger.api.deadletter;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;

import java.time.Instant;

/**
 * A parked event as administrators see it: which processing group parked it, for which entity
 * (the aggregate whose later events wait behind it), the event's type, why, since when, and how
 * often handling it was tried.
 */
record DeadLetterView(String id, String processingGroup, String entity, String eventType, String eventId,
                      String cause, Instant firstFailure, Instant lastAttempt, int attempts) {

    static DeadLetterView of(String processingGroup, DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        Object attempts = letter.diagnostics().get(DeadLetterConfiguration.ATTEMPTS);
        return new DeadLetterView(((JdbcDeadLetter<?>) letter).getIdentifier(), processingGroup, entityOf(event),
                event.getPayloadType().getSimpleName(), event.getIdentifier(),
                letter.cause().map(Cause::message).orElse(null), letter.enqueuedAt(), letter.lastTouched(),
                attempts instanceof Number number ? number.intValue() : 0);
    }

    /** Events are sequenced per aggregate, so the aggregate id names the entity that waits. */
    static String entityOf(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domain
                ? domain.getType() + " " + domain.getAggregateIdentifier()
                : "event " + event.getIdentifier();
    }

    /** The cause as an operator reads it: its message, or its kind when it has none. */
    static String describe(Throwable cause) {
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
