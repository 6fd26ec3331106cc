package io.opsledger.command.plan;

import io.opsledger.kernel.plan.PhaseRemovedEvent;
import io.opsledger.kernel.plan.PhaseRenamedEvent;
import io.opsledger.kernel.plan.PlanEvent;
import io.opsledger.kernel.plan.PlanId;
import io.opsledger.kernel.plan.PlanRenamedEvent;
import io.opsledger.kernel.plan.PlanStatus;
import io.opsledger.kernel.plan.PlanStatusChangedEvent;
import io.opsledger.kernel.plan.PlanVersionChangedEvent;
import io.opsledger.kernel.plan.TaskEditedEvent;
import io.opsledger.kernel.plan.TaskId;
import io.opsledger.kernel.plan.TaskMovedEvent;
import io.opsledger.kernel.plan.TaskPrerequisitesSetEvent;
import io.opsledger.kernel.plan.TaskPriority;
import io.opsledger.kernel.plan.TaskRemovedEvent;
import io.opsledger.kernel.plan.TaskStatus;
import io.opsledger.kernel.plan.TaskStatusChangedEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static io.opsledger.kernel.plan.PlanRule.PHASE_NOT_EMPTY;
import static io.opsledger.kernel.plan.PlanRule.PLAN_HAS_OPEN_TASKS;
import static io.opsledger.kernel.plan.PlanRule.POSITION_OUT_OF_RANGE;
import static io.opsledger.kernel.plan.PlanRule.STATUS_TRANSITION;

/**
 * Decides the events one accepted {@link FieldChange} makes, checking the rules against the plan
 * as it stands: the plan applies them, then asks about the next change, so each decision sees
 * the effect of the ones before it. A change that would alter nothing makes no event.
 */
record PlanChanges(PlanId id, PlanStatus status, String title, String version, PlanContents plan) {

    List<PlanEvent> decide(FieldChange change) {
        return switch (change) {
            case FieldChange.PlanTitle c -> c.title().equals(title) ? List.of() : List.of(new PlanRenamedEvent(id, c.title()));
            case FieldChange.PlanVersion c ->
                    c.version().equals(version) ? List.of() : List.of(new PlanVersionChangedEvent(id, c.version()));
            case FieldChange.PlanStatusChange c -> planStatus(c.status());
            case FieldChange.PhaseTitle c -> {
                Phase phase = plan.existingPhase(c.phase(), id);
                yield c.title().equals(phase.title()) ? List.of() : List.of(new PhaseRenamedEvent(id, phase.id(), c.title()));
            }
            // Removed on both sides: nothing left to do.
            case FieldChange.PhaseExistence c -> c.exists() ? List.of()
                    : plan.phase(c.phase()).map(this::removePhase).orElse(List.of());
            case FieldChange.TaskEdit c -> edit(c.task(), List.of(c));
            case FieldChange.TaskStatusChange c -> taskStatus(plan.existingTask(c.task(), id), c.status());
            case FieldChange.TaskPrerequisites c -> prerequisites(plan.existingTask(c.task(), id), c.prerequisites());
            case FieldChange.TaskPlacement c -> move(plan.existingTask(c.task(), id), c);
            case FieldChange.TaskExistence c -> c.exists() ? List.of()
                    : plan.task(c.task()).map(this::removeTask).orElse(List.of());
        };
    }

    /** The edits of one task's description, priority and due date make one event. */
    List<PlanEvent> edit(TaskId taskId, List<FieldChange.TaskEdit> edits) {
        Task task = plan.existingTask(taskId, id);
        String description = task.description();
        TaskPriority priority = task.priority();
        LocalDate dueDate = task.dueDate();
        for (FieldChange.TaskEdit edit : edits) {
            switch (edit) {
                case FieldChange.TaskDescription c -> description = c.description();
                case FieldChange.TaskPriorityChange c -> priority = c.priority();
                case FieldChange.TaskDueDate c -> dueDate = c.dueDate();
            }
        }
        boolean unchanged = description.equals(task.description()) && priority == task.priority()
                && Objects.equals(dueDate, task.dueDate());
        return unchanged ? List.of() : List.of(new TaskEditedEvent(id, taskId, description, priority, dueDate));
    }

    private List<PlanEvent> planStatus(PlanStatus target) {
        if (target == status) {
            return List.of();
        }
        if (!status.successors().contains(target)) {
            throw STATUS_TRANSITION.violated("a %s plan cannot become %s; allowed: %s", status, target,
                    status.successors());
        }
        if (target == PlanStatus.COMPLETED) {
            List<TaskId> open = plan.openTasks();
            if (!open.isEmpty()) {
                throw PLAN_HAS_OPEN_TASKS.violated("a plan is COMPLETED only when every task is DONE; %d are not: %s",
                        open.size(), open);
            }
        }
        return List.of(new PlanStatusChangedEvent(id, status, target));
    }

    private List<PlanEvent> removePhase(Phase phase) {
        if (!phase.tasks().isEmpty()) {
            throw PHASE_NOT_EMPTY.violated("phase %d still has %d tasks; move or remove them first",
                    phase.number(), phase.tasks().size());
        }
        return List.of(new PhaseRemovedEvent(id, phase.id()));
    }

    private List<PlanEvent> move(Task task, FieldChange.TaskPlacement placement) {
        Phase target = plan.existingPhase(placement.phase(), id);
        int othersInTarget = plan.othersIn(target, task);
        int position = placement.position() == null ? othersInTarget : placement.position();
        if (position < 0 || position > othersInTarget) {
            throw POSITION_OUT_OF_RANGE.violated("position must be between 0 and %d in phase %d (got %d)",
                    othersInTarget, target.number(), position);
        }
        boolean unchanged = target.id().equals(task.phaseId()) && target.tasks().indexOf(task.id()) == position;
        return unchanged ? List.of() : List.of(new TaskMovedEvent(id, task.id(), task.phaseId(), target.id(), position));
    }

    private List<PlanEvent> removeTask(Task task) {
        PrerequisitePolicies.anyDependents(plan, task.id());
        return List.of(new TaskRemovedEvent(id, task.id()));
    }

    private List<PlanEvent> taskStatus(Task task, TaskStatus target) {
        if (target == task.status()) {
            return List.of();
        }
        if (target == TaskStatus.DONE) {
            PrerequisitePolicies.openPrerequisites(plan, task.id(), task.prerequisites());
        } else if (task.isDone()) {
            PrerequisitePolicies.doneDependents(plan, task.id());
        }
        List<PlanEvent> events = new ArrayList<>();
        events.add(new TaskStatusChangedEvent(id, task.id(), task.status(), target));
        if (target != TaskStatus.DONE) {
            reopenIfCompleted().ifPresent(events::add);
        }
        return events;
    }

    private List<PlanEvent> prerequisites(Task task, List<TaskId> prerequisites) {
        PrerequisitePolicies.unknownPrerequisite(plan, prerequisites);
        PrerequisitePolicies.cycle(plan, task.id(), prerequisites);
        if (task.isDone()) {
            PrerequisitePolicies.openPrerequisites(plan, task.id(), prerequisites);
        }
        boolean unchanged = new HashSet<>(prerequisites).equals(new HashSet<>(task.prerequisites()));
        return unchanged ? List.of() : List.of(new TaskPrerequisitesSetEvent(id, task.id(), prerequisites));
    }

    /** A COMPLETED plan has only DONE tasks: new open work moves it back to ACTIVE rather than being refused. */
    Optional<PlanEvent> reopenIfCompleted() {
        return status == PlanStatus.COMPLETED
                ? Optional.of(new PlanStatusChangedEvent(id, PlanStatus.COMPLETED, PlanStatus.ACTIVE))
                : Optional.empty();
    }
}
