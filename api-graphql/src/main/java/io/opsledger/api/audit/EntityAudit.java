package io.opsledger.api.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsledger.api.audit.AuditViews.EntityDiff;
import io.opsledger.api.audit.AuditViews.EntitySnapshot;
import io.opsledger.api.audit.AuditViews.FieldDiff;
import io.opsledger.kernel.audit.AuditedEvent;
import io.opsledger.kernel.plan.PlanView;
import io.opsledger.query.audit.EventLogReader;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The state of an entity as of an instant, and what changed between two instants. */
@Component
class EntityAudit {

    private final EntityReplayer replayer;
    private final EntityStates states;
    private final EventLogReader eventLog;

    EntityAudit(EntityReplayer replayer, EntityStates states, EventLogReader eventLog) {
        this.replayer = replayer;
        this.states = states;
        this.eventLog = eventLog;
    }

    Optional<EntitySnapshot> at(String entityId, Instant at) {
        return replayer.replay(entityId, at).map(replay -> {
            Object view = states.view(replay);
            return new EntitySnapshot(entityId, replay.entityType(), at, replay.exists(), replay.revision(),
                    view instanceof PlanView plan ? plan : null, view == null ? null : states.json(view));
        });
    }

    /**
     * Replays up to {@code to}, comparing the state after each event with the one before it, so
     * that every field that differs between the two instants names the events that changed it.
     */
    Optional<EntityDiff> diff(String entityId, Instant from, Instant to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from: must not be after to (from " + from + ", to " + to + ")");
        }
        List<DomainEventMessage<?>> applied = new ArrayList<>();
        Map<String, List<DomainEventMessage<?>>> changedBy = new LinkedHashMap<>();
        Steps steps = new Steps();
        Optional<EntityReplayer.Replay> replayed = replayer.replay(entityId, to, (event, aggregate) -> {
            applied.add(event);
            Object view = states.view(new EntityReplayer.Replay(entityId, event.getType(), aggregate, List.copyOf(applied)));
            Map<String, JsonNode> now = FieldPaths.flatten(states.json(view));
            if (event.getTimestamp().isAfter(from)) {
                FieldPaths.changed(steps.last, now)
                        .forEach(path -> changedBy.computeIfAbsent(path, p -> new ArrayList<>()).add(event));
            } else {
                steps.atFrom = now;
                steps.fromRevision = event.getSequenceNumber();
            }
            steps.last = now;
        });
        return replayed.map(replay -> {
            Map<String, AuditedEvent> stored = eventLog.entityEvents(entityId, steps.fromRevision, Integer.MAX_VALUE)
                    .stream().collect(Collectors.toMap(AuditedEvent::eventId, Function.identity()));
            List<FieldDiff> changes = FieldPaths.changed(steps.atFrom, steps.last).stream().map(path -> {
                List<AuditedEvent> events = changedBy.getOrDefault(path, List.of()).stream()
                        .map(event -> stored.get(event.getIdentifier())).toList();
                Set<String> principals = new LinkedHashSet<>();
                events.forEach(event -> principals.add(event.principal()));
                return new FieldDiff(path, steps.atFrom.get(path), steps.last.get(path), events, List.copyOf(principals));
            }).toList();
            return new EntityDiff(entityId, replay.entityType(), from, to, steps.fromRevision, replay.revision(), changes);
        });
    }

    /** Where the replay of a diff stands: the state at {@code from}, and the state after the last event. */
    private static final class Steps {
        Map<String, JsonNode> atFrom = Map.of();
        Map<String, JsonNode> last = Map.of();
        long fromRevision = -1;
    }
}
