package io.opsledger.command.alert;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.opsledger.command.messaging.AggregateClock;
import io.opsledger.command.snapshot.SnapshotConfiguration;
import io.opsledger.kernel.alert.AcknowledgeAlertCommand;
import io.opsledger.kernel.alert.AlertAcknowledgedEvent;
import io.opsledger.kernel.alert.AlertChange;
import io.opsledger.kernel.alert.AlertId;
import io.opsledger.kernel.alert.AlertRaisedEvent;
import io.opsledger.kernel.alert.AlertRepeatedEvent;
import io.opsledger.kernel.alert.AlertResolvedEvent;
import io.opsledger.kernel.alert.AlertSeverity;
import io.opsledger.kernel.alert.AlertStatus;
import io.opsledger.kernel.alert.AlertStreamId;
import io.opsledger.kernel.alert.ClearAlertCommand;
import io.opsledger.kernel.alert.RaiseAlertCommand;
import io.opsledger.kernel.alert.ResolveAlertCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;
import static io.opsledger.kernel.alert.AlertRule.ALERT_KEY_REQUIRED;
import static io.opsledger.kernel.alert.AlertRule.ALERT_NOT_FOUND;
import static io.opsledger.kernel.alert.AlertRule.ALERT_NOT_OPEN;
import static io.opsledger.kernel.alert.AlertRule.ALERT_TITLE_REQUIRED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The alerts of one dedup key, one after another. At most one is open: raising the key again
 * counts an occurrence on it; once it is resolved, the next raise opens a new alert. Raises
 * remember their cause, so a policy that sees the same event twice counts it once.
 */
@Aggregate(snapshotTriggerDefinition = SnapshotConfiguration.TRIGGER)
@Revision("1")
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE)
class AlertStream {

    private static final int REMEMBERED_CAUSES = 256;

    @AggregateIdentifier
    private AlertStreamId id;
    private AlertId open;
    private AlertStatus openStatus;
    private AlertSeverity severity;
    private int occurrences;
    private final Set<AlertId> known = new HashSet<>();
    private final Deque<String> recentCauses = new ArrayDeque<>();

    AlertStream() {
        // for Axon's event sourcing
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    AlertChange handle(RaiseAlertCommand command) {
        if (command.key() == null || command.key().isBlank()) {
            throw ALERT_KEY_REQUIRED.violated("an alert needs a dedup key");
        }
        if (command.title() == null || command.title().isBlank()) {
            throw ALERT_TITLE_REQUIRED.violated("an alert needs a title");
        }
        if (command.cause() != null && recentCauses.contains(command.cause())) {
            return change(open);
        }
        AlertSeverity raised = Objects.requireNonNull(command.severity(), "severity");
        if (open == null) {
            AlertId alertId = new AlertId(UUID.nameUUIDFromBytes(
                    ("alert:" + command.streamId() + ":" + nextSequence()).getBytes(StandardCharsets.UTF_8)));
            apply(new AlertRaisedEvent(command.streamId(), alertId, command.key().strip(), command.kind(), raised,
                    command.title().strip(), command.message(), command.subject(), command.cause(), now()));
        } else {
            AlertSeverity highest = raised.compareTo(severity) > 0 ? raised : severity;
            apply(new AlertRepeatedEvent(id, open, occurrences + 1, highest, command.message(), command.cause(), now()));
        }
        return change(open);
    }

    @CommandHandler
    AlertChange handle(AcknowledgeAlertCommand command) {
        requireOpen(command.alertId());
        if (openStatus != AlertStatus.ACKNOWLEDGED) {
            apply(new AlertAcknowledgedEvent(id, open, command.by(), blankToNull(command.comment()), now()));
        }
        return change(command.alertId());
    }

    @CommandHandler
    AlertChange handle(ResolveAlertCommand command) {
        requireOpen(command.alertId());
        apply(new AlertResolvedEvent(id, open, false, command.by(), blankToNull(command.reason()), now()));
        return change(command.alertId());
    }

    /** The cause cleared: resolves the open alert if there is one; a key never raised has nothing to clear. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    AlertChange handle(ClearAlertCommand command) {
        if (open == null) {
            return change(null);
        }
        AlertId cleared = open;
        apply(new AlertResolvedEvent(id, open, true, null, command.reason(), now()));
        return change(cleared);
    }

    private void requireOpen(AlertId alertId) {
        if (alertId == null || !known.contains(alertId)) {
            throw ALERT_NOT_FOUND.violated("alert %s is not an alert of this key", alertId);
        }
        if (!alertId.equals(open)) {
            throw ALERT_NOT_OPEN.violated("alert %s is already resolved", alertId);
        }
    }

    private void remember(String cause) {
        if (cause == null) {
            return;
        }
        recentCauses.addLast(cause);
        if (recentCauses.size() > REMEMBERED_CAUSES) {
            recentCauses.removeFirst();
        }
    }

    private long nextSequence() {
        return AggregateClock.revision() + 1;
    }

    private AlertChange change(AlertId alertId) {
        return new AlertChange(alertId, AggregateClock.revision());
    }

    private static Instant now() {
        return AggregateClock.now();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @EventSourcingHandler
    void on(AlertRaisedEvent event) {
        id = event.streamId();
        open = event.alertId();
        openStatus = AlertStatus.OPEN;
        severity = event.severity();
        occurrences = 1;
        known.add(event.alertId());
        remember(event.cause());
    }

    @EventSourcingHandler
    void on(AlertRepeatedEvent event) {
        occurrences = event.occurrences();
        severity = event.severity();
        remember(event.cause());
    }

    @EventSourcingHandler
    void on(AlertAcknowledgedEvent event) {
        openStatus = AlertStatus.ACKNOWLEDGED;
    }

    @EventSourcingHandler
    void on(AlertResolvedEvent event) {
        open = null;
        openStatus = null;
        severity = null;
        occurrences = 0;
    }
}
