package io.opsledger.command.plan;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.opsledger.kernel.plan.PhaseId;
import io.opsledger.kernel.plan.PlanId;
import io.opsledger.kernel.plan.PlanStatus;
import io.opsledger.kernel.plan.TaskId;
import io.opsledger.kernel.plan.TaskPriority;
import io.opsledger.kernel.plan.TaskStatus;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One field of one entity set to a typed value: what a command asks for, what the field history
 * remembers, and what the reconciler compares. Values become text only where an event or an
 * error must carry them ({@link #text()}, for {@code ConflictDetectedEvent}/{@code ConflictResolvedEvent}),
 * and come back from text only where a person typed them ({@link #parse}, for an EDITED resolution)
 * or an event stored them (an open conflict's incoming value).
 *
 * <p>The Jackson type names keep the plan's snapshots readable and stable across refactorings.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "@type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = FieldChange.PlanTitle.class, name = "plan.title"),
        @JsonSubTypes.Type(value = FieldChange.PlanVersion.class, name = "plan.version"),
        @JsonSubTypes.Type(value = FieldChange.PlanStatusChange.class, name = "plan.status"),
        @JsonSubTypes.Type(value = FieldChange.PhaseTitle.class, name = "phase.title"),
        @JsonSubTypes.Type(value = FieldChange.PhaseExistence.class, name = "phase.exists"),
        @JsonSubTypes.Type(value = FieldChange.TaskDescription.class, name = "task.description"),
        @JsonSubTypes.Type(value = FieldChange.TaskPriorityChange.class, name = "task.priority"),
        @JsonSubTypes.Type(value = FieldChange.TaskDueDate.class, name = "task.dueDate"),
        @JsonSubTypes.Type(value = FieldChange.TaskStatusChange.class, name = "task.status"),
        @JsonSubTypes.Type(value = FieldChange.TaskPrerequisites.class, name = "task.prerequisites"),
        @JsonSubTypes.Type(value = FieldChange.TaskPlacement.class, name = "task.placement"),
        @JsonSubTypes.Type(value = FieldChange.TaskExistence.class, name = "task.exists")})
sealed interface FieldChange {

    String EXISTS = "exists";
    String REMOVED = "removed";
    /** The text of a placement at the end of a phase, wherever that end is when the move applies. */
    String END = "end";

    PlanField field();

    UUID entityId();

    /** The value as conflicts record it. */
    String text();

    /** Changes to the description, priority or due date of one task become one {@code TaskEditedEvent}. */
    sealed interface TaskEdit extends FieldChange {
        TaskId task();

        @Override
        default UUID entityId() {
            return task().value();
        }
    }

    record PlanTitle(PlanId plan, String title) implements FieldChange {
        public PlanField field() { return PlanField.PLAN_TITLE; }
        public UUID entityId() { return plan.value(); }
        public String text() { return title; }
    }

    record PlanVersion(PlanId plan, String version) implements FieldChange {
        public PlanField field() { return PlanField.PLAN_VERSION; }
        public UUID entityId() { return plan.value(); }
        public String text() { return version; }
    }

    record PlanStatusChange(PlanId plan, PlanStatus status) implements FieldChange {
        public PlanField field() { return PlanField.PLAN_STATUS; }
        public UUID entityId() { return plan.value(); }
        public String text() { return status.name(); }
    }

    record PhaseTitle(PhaseId phase, String title) implements FieldChange {
        public PlanField field() { return PlanField.PHASE_TITLE; }
        public UUID entityId() { return phase.value(); }
        public String text() { return title; }
    }

    record PhaseExistence(PhaseId phase, boolean exists) implements FieldChange {
        public PlanField field() { return PlanField.PHASE_EXISTS; }
        public UUID entityId() { return phase.value(); }
        public String text() { return exists ? EXISTS : REMOVED; }
    }

    record TaskDescription(TaskId task, String description) implements TaskEdit {
        public PlanField field() { return PlanField.TASK_DESCRIPTION; }
        public String text() { return description; }
    }

    record TaskPriorityChange(TaskId task, TaskPriority priority) implements TaskEdit {
        public PlanField field() { return PlanField.TASK_PRIORITY; }
        public String text() { return priority.name(); }
    }

    /** A null date: the task has no due date. */
    record TaskDueDate(TaskId task, LocalDate dueDate) implements TaskEdit {
        public PlanField field() { return PlanField.TASK_DUE_DATE; }
        public String text() { return dueDate == null ? "" : dueDate.toString(); }
    }

    record TaskStatusChange(TaskId task, TaskStatus status) implements FieldChange {
        public PlanField field() { return PlanField.TASK_STATUS; }
        public UUID entityId() { return task.value(); }
        public String text() { return status.name(); }
    }

    record TaskPrerequisites(TaskId task, List<TaskId> prerequisites) implements FieldChange {
        public TaskPrerequisites {
            prerequisites = List.copyOf(prerequisites);
        }
        public PlanField field() { return PlanField.TASK_PREREQUISITES; }
        public UUID entityId() { return task.value(); }
        public String text() { return prerequisites.stream().map(TaskId::toString).collect(Collectors.joining(",")); }
    }

    /** Where a task is put; a null position is the end of the phase. */
    record TaskPlacement(TaskId task, PhaseId phase, Integer position) implements FieldChange {
        public PlanField field() { return PlanField.TASK_PLACEMENT; }
        public UUID entityId() { return task.value(); }
        public String text() { return phase + ":" + (position == null ? END : position); }
    }

    record TaskExistence(TaskId task, boolean exists) implements FieldChange {
        public PlanField field() { return PlanField.TASK_EXISTS; }
        public UUID entityId() { return task.value(); }
        public String text() { return exists ? EXISTS : REMOVED; }
    }

    /**
     * The typed value of a field from its text form, checked by the same input rules as a
     * command's value.
     *
     * @throws io.opsledger.kernel.RuleViolationException when the value breaks a rule
     * @throws IllegalArgumentException when the text is no value of the field's type
     */
    static FieldChange parse(PlanField field, UUID entityId, String text) {
        TaskId task = new TaskId(entityId);
        return switch (field) {
            case PLAN_TITLE -> new PlanTitle(new PlanId(entityId), PlanInputRules.title(text));
            case PLAN_VERSION -> new PlanVersion(new PlanId(entityId), PlanInputRules.version(text));
            case PLAN_STATUS -> new PlanStatusChange(new PlanId(entityId), enumValue(PlanStatus.class, text, "status"));
            case PHASE_TITLE -> new PhaseTitle(new PhaseId(entityId), PlanInputRules.title(text));
            case PHASE_EXISTS -> new PhaseExistence(new PhaseId(entityId), existence(text, field));
            case TASK_DESCRIPTION -> new TaskDescription(task, PlanInputRules.description(text));
            case TASK_PRIORITY -> new TaskPriorityChange(task, enumValue(TaskPriority.class, text, "priority"));
            case TASK_DUE_DATE -> new TaskDueDate(task, PlanInputRules.dueDate(text));
            case TASK_STATUS -> new TaskStatusChange(task, enumValue(TaskStatus.class, text, "status"));
            case TASK_PREREQUISITES -> new TaskPrerequisites(task, text == null || text.isBlank() ? List.of()
                    : Arrays.stream(text.split(",")).map(String::strip).map(UUID::fromString).map(TaskId::new).toList());
            case TASK_PLACEMENT -> placement(task, text);
            case TASK_EXISTS -> new TaskExistence(task, existence(text, field));
        };
    }

    private static TaskPlacement placement(TaskId task, String text) {
        String[] parts = text == null ? new String[0] : text.split(":", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("placement: '%s' is not phaseId:position".formatted(text));
        }
        PhaseId phase = new PhaseId(UUID.fromString(parts[0]));
        return new TaskPlacement(task, phase, END.equals(parts[1]) ? null : Integer.valueOf(parts[1]));
    }

    private static boolean existence(String text, PlanField field) {
        if (EXISTS.equals(text) || REMOVED.equals(text)) {
            return EXISTS.equals(text);
        }
        throw new IllegalArgumentException("%s: '%s' is not one of [%s, %s]".formatted(field.path, text, EXISTS, REMOVED));
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("%s: '%s' is not one of %s".formatted(field, value,
                    List.of(type.getEnumConstants())), e);
        }
    }
}
