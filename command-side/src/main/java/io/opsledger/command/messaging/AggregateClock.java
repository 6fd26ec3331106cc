package io.opsledger.command.messaging;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.modelling.command.AggregateLifecycle;

import java.time.Instant;

/**
 * Time and revision as every aggregate's handlers read them: Axon's event clock (the one that
 * stamps events, and that the test fixtures control) and the aggregate's current version.
 */
public final class AggregateClock {

    private AggregateClock() {
    }

    public static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    /** {@code at} when the command gave one, else now. */
    public static Instant orNow(Instant at) {
        return at == null ? now() : at;
    }

    /** The sequence number of the aggregate's last event, -1 before its first; call inside a handler. */
    public static long revision() {
        Long version = AggregateLifecycle.getVersion();
        return version == null ? -1 : version;
    }
}
