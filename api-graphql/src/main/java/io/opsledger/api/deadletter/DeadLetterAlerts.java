package io.opsledger.api.deadletter;

import io.opsledger.kernel.alert.AlertKind;
import io.opsledger.kernel.alert.AlertSeverity;
import io.opsledger.kernel.alert.ClearAlertCommand;
import io.opsledger.kernel.alert.RaiseAlertCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Raises one EVENT_PARKED alert per entity whose events wait in a dead-letter queue, and clears it
 * once none of them waits any more. Raising must never fail the processor that parks the event:
 * a failure to raise is logged.
 */
@Component
class DeadLetterAlerts {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterAlerts.class);

    private final CommandGateway commands;

    DeadLetterAlerts(@Lazy CommandGateway commands) {
        this.commands = commands;
    }

    void parked(EventMessage<?> event, Throwable cause) {
        String entity = DeadLetterView.entityOf(event);
        try {
            commands.send(RaiseAlertCommand.fromPolicy(key(entity), AlertKind.EVENT_PARKED, AlertSeverity.CRITICAL,
                    "Event parked: a read model or policy is behind",
                    "%s of %s could not be handled (%s) and waits in the dead-letter queue with the later events of the same entity; see deadLetters, fix the cause, then retryDeadLetters"
                            .formatted(event.getPayloadType().getSimpleName(), entity, DeadLetterView.describe(cause)),
                    null, event.getIdentifier()));
        } catch (RuntimeException e) {
            log.error("Could not raise the alert for the parked event {}", event.getIdentifier(), e);
        }
    }

    void cleared(String entity) {
        commands.send(ClearAlertCommand.of(key(entity), "no event of this entity waits in a dead-letter queue any more"));
    }

    private static String key(String entity) {
        return "event-parked:" + entity;
    }
}
