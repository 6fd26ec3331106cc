package io.opsledger.command.plan;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.opsledger.command.plan.FieldChange.PhaseExistence;
import io.opsledger.command.plan.FieldChange.PhaseTitle;
import io.opsledger.command.plan.FieldChange.PlanStatusChange;
import io.opsledger.command.plan.FieldChange.PlanTitle;
import io.opsledger.command.plan.FieldChange.PlanVersion;
import io.opsledger.command.plan.FieldChange.TaskDescription;
import io.opsledger.command.plan.FieldChange.TaskDueDate;
import io.opsledger.command.plan.FieldChange.TaskExistence;
import io.opsledger.command.plan.FieldChange.TaskPlacement;
import io.opsledger.command.plan.FieldChange.TaskPrerequisites;
import io.opsledger.command.plan.FieldChange.TaskPriorityChange;
import io.opsledger.command.plan.FieldChange.TaskStatusChange;
import io.opsledger.kernel.plan.ConflictDetectedEvent;
import io.opsledger.kernel.plan.ConflictResolvedEvent;
import io.opsledger.kernel.plan.ConflictStrategyChangedEvent;
import io.opsledger.kernel.plan.PhaseAddedEvent;
import io.opsledger.kernel.plan.PhaseRemovedEvent;
import io.opsledger.kernel.plan.PhaseRenamedEvent;
import io.opsledger.kernel.plan.PlanCreatedEvent;
import io.opsledger.kernel.plan.PlanEvent;
import io.opsledger.kernel.plan.PlanMarkdownImportedEvent;
import io.opsledger.kernel.plan.PlanRenamedEvent;
import io.opsledger.kernel.plan.PlanStatus;
import io.opsledger.kernel.plan.PlanStatusChangedEvent;
import io.opsledger.kernel.plan.PlanVersionChangedEvent;
import io.opsledger.kernel.plan.TaskAddedEvent;
import io.opsledger.kernel.plan.TaskEditedEvent;
import io.opsledger.kernel.plan.TaskMovedEvent;
import io.opsledger.kernel.plan.TaskOverdueEvent;
import io.opsledger.kernel.plan.TaskPrerequisitesSetEvent;
import io.opsledger.kernel.plan.TaskRemovedEvent;
import io.opsledger.kernel.plan.TaskStatus;
import io.opsledger.kernel.plan.TaskStatusChangedEvent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

/**
 * The values each field of each entity of a plan took, by the revision that set them: the base of
 * every three-way comparison.
 *
 * <p><b>Bounded.</b> It keeps every value set in the last {@link #WINDOW} revisions and, per
 * field, the value that stood just before them, so a value is known at any revision from
 * {@link #horizon()} on. Every {@link #PRUNE_EVERY} revisions the horizon moves up to
 * {@code revision - WINDOW}. A change based on a revision below the horizon is rejected as stale
 * ({@code BASED_ON_EXPIRED_REVISION}) rather than compared with a base that is no longer known.
 * Pruning depends only on the revisions recorded, so a plan replayed from its events, from a
 * snapshot or handling a command holds the same history. Entities are never forgotten (a plan's
 * size, not its age, bounds their number).
 */
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE)
final class FieldHistory {

    static final long WINDOW = 1_000;
    static final long PRUNE_EVERY = 100;

    private final Map<UUID, Map<PlanField, NavigableMap<Long, FieldChange>>> values = new HashMap<>();
    private long horizon;

    /** What {@code value} sets is the field's value from {@code revision} on. */
    void record(long revision, FieldChange value) {
        values.computeIfAbsent(value.entityId(), entity -> new HashMap<>())
                .computeIfAbsent(value.field(), field -> new TreeMap<>())
                .put(revision, value);
        if (revision >= WINDOW && revision % PRUNE_EVERY == 0 && revision - WINDOW > horizon) {
            forgetBefore(revision - WINDOW);
        }
    }

    /**
     * Records the values {@code event} gave the plan's fields, reading positions from the plan as
     * the event left it. The switch is exhaustive over the plan's events, so a new event cannot be
     * added without saying which fields it sets (a forgotten field would silently escape conflict
     * detection).
     */
    void record(long revision, PlanEvent event, PlanContents after) {
        List<FieldChange> set = switch (event) {
            case PlanCreatedEvent e -> List.of(new PlanTitle(e.planId(), e.title()),
                    new PlanVersion(e.planId(), e.version()), new PlanStatusChange(e.planId(), PlanStatus.DRAFT));
            case PlanRenamedEvent e -> List.of(new PlanTitle(e.planId(), e.title()));
            case PlanVersionChangedEvent e -> List.of(new PlanVersion(e.planId(), e.version()));
            case PlanStatusChangedEvent e -> List.of(new PlanStatusChange(e.planId(), e.to()));
            case PhaseAddedEvent e -> List.of(new PhaseExistence(e.phaseId(), true), new PhaseTitle(e.phaseId(), e.title()));
            case PhaseRenamedEvent e -> List.of(new PhaseTitle(e.phaseId(), e.title()));
            case PhaseRemovedEvent e -> List.of(new PhaseExistence(e.phaseId(), false));
            case TaskAddedEvent e -> List.of(new TaskExistence(e.taskId(), true),
                    new TaskDescription(e.taskId(), e.description()), new TaskPriorityChange(e.taskId(), e.priority()),
                    new TaskDueDate(e.taskId(), e.dueDate()), new TaskStatusChange(e.taskId(), TaskStatus.TODO),
                    new TaskPrerequisites(e.taskId(), e.prerequisites()),
                    new TaskPlacement(e.taskId(), e.phaseId(), after.currentPosition(e.taskId())));
            case TaskEditedEvent e -> List.of(new TaskDescription(e.taskId(), e.description()),
                    new TaskPriorityChange(e.taskId(), e.priority()), new TaskDueDate(e.taskId(), e.dueDate()));
            case TaskMovedEvent e -> List.of(new TaskPlacement(e.taskId(), e.toPhaseId(), e.position()));
            case TaskRemovedEvent e -> List.of(new TaskExistence(e.taskId(), false));
            case TaskStatusChangedEvent e -> List.of(new TaskStatusChange(e.taskId(), e.to()));
            case TaskPrerequisitesSetEvent e -> List.of(new TaskPrerequisites(e.taskId(), e.prerequisites()));
            case ConflictDetectedEvent e -> List.of();
            case ConflictResolvedEvent e -> List.of();
            case ConflictStrategyChangedEvent e -> List.of();
            case PlanMarkdownImportedEvent e -> List.of();
            case TaskOverdueEvent e -> List.of();
        };
        set.forEach(value -> record(revision, value));
    }

    /** The oldest revision at which every value is still known. */
    long horizon() {
        return horizon;
    }

    /** The field's value at {@code revision}, or null when the entity had no such value then. */
    FieldChange valueAt(PlanField field, UUID entityId, long revision) {
        NavigableMap<Long, FieldChange> byRevision = of(field, entityId);
        Map.Entry<Long, FieldChange> entry = byRevision == null ? null : byRevision.floorEntry(revision);
        return entry == null ? null : entry.getValue();
    }

    /** The field's value now, or null when it never had one. */
    FieldChange current(PlanField field, UUID entityId) {
        NavigableMap<Long, FieldChange> byRevision = of(field, entityId);
        return byRevision == null ? null : byRevision.lastEntry().getValue();
    }

    static String text(FieldChange value) {
        return value == null ? null : value.text();
    }

    /** Whether the entity whose existence {@code existence} tracks existed at {@code revision}. */
    boolean existedAt(PlanField existence, UUID entityId, long revision) {
        FieldChange value = valueAt(existence, entityId, revision);
        return value != null && FieldChange.EXISTS.equals(value.text());
    }

    /** Whether the entity was removed (and not merely never known). */
    boolean removed(PlanField existence, UUID entityId) {
        FieldChange value = current(existence, entityId);
        return value != null && FieldChange.REMOVED.equals(value.text());
    }

    /** The paths of the entity's fields (its existence aside) whose value now differs from the one at {@code base}, sorted. */
    List<String> changedSince(UUID entityId, long base) {
        return values.getOrDefault(entityId, Map.of()).entrySet().stream()
                .filter(entry -> !entry.getKey().isExistence())
                .filter(entry -> !Objects.equals(entry.getValue().lastEntry().getValue(),
                        valueAt(entry.getKey(), entityId, base)))
                .map(entry -> entry.getKey().path)
                .sorted()
                .toList();
    }

    /** Every entity that ever had this field. */
    Set<UUID> entitiesWith(PlanField field) {
        return values.entrySet().stream().filter(entry -> entry.getValue().containsKey(field))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private NavigableMap<Long, FieldChange> of(PlanField field, UUID entityId) {
        Map<PlanField, NavigableMap<Long, FieldChange>> fields = values.get(entityId);
        return fields == null ? null : fields.get(field);
    }

    /** Keeps, per field, the values set after {@code revision} and the one standing at it. */
    private void forgetBefore(long revision) {
        horizon = revision;
        for (Map<PlanField, NavigableMap<Long, FieldChange>> fields : values.values()) {
            for (NavigableMap<Long, FieldChange> byRevision : fields.values()) {
                Long standing = byRevision.floorKey(revision);
                if (standing != null) {
                    byRevision.headMap(standing, false).clear();
                }
            }
        }
    }
}
