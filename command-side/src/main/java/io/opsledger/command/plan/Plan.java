package io.opsledger.command.plan;

import io.opsledger.kernel.plan.AddPhaseCommand;
import io.opsledger.kernel.plan.AddTaskCommand;
import io.opsledger.kernel.plan.ChangePlanStatusCommand;
import io.opsledger.kernel.plan.ChangePlanVersionCommand;
import io.opsledger.kernel.plan.CreatePlanCommand;
import io.opsledger.kernel.plan.EditTaskCommand;
import io.opsledger.kernel.plan.MoveTaskCommand;
import io.opsledger.kernel.plan.PhaseAddedEvent;
import io.opsledger.kernel.plan.PhaseId;
import io.opsledger.kernel.plan.PhaseRemovedEvent;
import io.opsledger.kernel.plan.PhaseRenamedEvent;
import io.opsledger.kernel.plan.PlanCreatedEvent;
import io.opsledger.kernel.plan.PlanId;
import io.opsledger.kernel.plan.PlanRenamedEvent;
import io.opsledger.kernel.plan.PlanStatus;
import io.opsledger.kernel.plan.PlanStatusChangedEvent;
import io.opsledger.kernel.plan.PlanVersionChangedEvent;
import io.opsledger.kernel.plan.RemovePhaseCommand;
import io.opsledger.kernel.plan.RemoveTaskCommand;
import io.opsledger.kernel.plan.RenamePhaseCommand;
import io.opsledger.kernel.plan.RenamePlanCommand;
import io.opsledger.kernel.plan.SetTaskPrerequisitesCommand;
import io.opsledger.kernel.plan.SetTaskStatusCommand;
import io.opsledger.kernel.plan.TaskAddedEvent;
import io.opsledger.kernel.plan.TaskEditedEvent;
import io.opsledger.kernel.plan.TaskId;
import io.opsledger.kernel.plan.TaskMovedEvent;
import io.opsledger.kernel.plan.TaskPrerequisitesSetEvent;
import io.opsledger.kernel.plan.TaskPriority;
import io.opsledger.kernel.plan.TaskRemovedEvent;
import io.opsledger.kernel.plan.TaskStatus;
import io.opsledger.kernel.plan.TaskStatusChangedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static io.opsledger.kernel.plan.PlanRule.DEPENDENT_TASK_DONE;
import static io.opsledger.kernel.plan.PlanRule.PHASE_ID_TAKEN;
import static io.opsledger.kernel.plan.PlanRule.PHASE_NOT_EMPTY;
import static io.opsledger.kernel.plan.PlanRule.PHASE_NOT_FOUND;
import static io.opsledger.kernel.plan.PlanRule.PHASE_NUMBER_INVALID;
import static io.opsledger.kernel.plan.PlanRule.PHASE_NUMBER_TAKEN;
import static io.opsledger.kernel.plan.PlanRule.PLAN_ARCHIVED;
import static io.opsledger.kernel.plan.PlanRule.PLAN_HAS_OPEN_TASKS;
import static io.opsledger.kernel.plan.PlanRule.POSITION_OUT_OF_RANGE;
import static io.opsledger.kernel.plan.PlanRule.PREREQUISITE_CYCLE;
import static io.opsledger.kernel.plan.PlanRule.PREREQUISITE_NOT_DONE;
import static io.opsledger.kernel.plan.PlanRule.PREREQUISITE_NOT_FOUND;
import static io.opsledger.kernel.plan.PlanRule.STATUS_TRANSITION;
import static io.opsledger.kernel.plan.PlanRule.TASK_ID_TAKEN;
import static io.opsledger.kernel.plan.PlanRule.TASK_IS_PREREQUISITE;
import static io.opsledger.kernel.plan.PlanRule.TASK_NOT_FOUND;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A plan with its phases and tasks. Phases and tasks are entities owned by the plan; their
 * command handlers stay here because the rules that matter (prerequisites, cycles, completion)
 * span tasks of different phases.
 *
 * <p>Every handler returns the plan's revision after the command (the sequence number of its
 * last event), so that a caller can wait for read models to reach it. A command that would
 * change nothing applies no event.
 */
@Aggregate
class Plan {

    @AggregateIdentifier
    private PlanId id;
    private PlanStatus status;
    private String title;
    private String version;
    private final Map<PhaseId, Phase> phases = new HashMap<>();
    private final Map<TaskId, Task> tasks = new HashMap<>();

    Plan() {
        // for Axon's event sourcing
    }

    @CommandHandler
    Plan(CreatePlanCommand command) {
        apply(new PlanCreatedEvent(command.planId(),
                PlanInputRules.title(command.title()),
                PlanInputRules.version(command.version())));
    }

    @CommandHandler
    long handle(RenamePlanCommand command) {
        rejectIfArchived();
        String newTitle = PlanInputRules.title(command.title());
        if (!newTitle.equals(title)) {
            apply(new PlanRenamedEvent(id, newTitle));
        }
        return revision();
    }

    @CommandHandler
    long handle(ChangePlanVersionCommand command) {
        rejectIfArchived();
        String newVersion = PlanInputRules.version(command.version());
        if (!newVersion.equals(version)) {
            apply(new PlanVersionChangedEvent(id, newVersion));
        }
        return revision();
    }

    @CommandHandler
    long handle(ChangePlanStatusCommand command) {
        rejectIfArchived();
        PlanStatus target = Objects.requireNonNull(command.status(), "status");
        if (target == status) {
            return revision();
        }
        if (!status.successors().contains(target)) {
            throw STATUS_TRANSITION.violated("a %s plan cannot become %s; allowed: %s", status, target,
                    status.successors());
        }
        if (target == PlanStatus.COMPLETED) {
            List<TaskId> open = tasks.values().stream().filter(task -> !task.isDone()).map(task -> task.id).toList();
            if (!open.isEmpty()) {
                throw PLAN_HAS_OPEN_TASKS.violated("a plan is COMPLETED only when every task is DONE; %d are not: %s",
                        open.size(), open);
            }
        }
        apply(new PlanStatusChangedEvent(id, status, target));
        return revision();
    }

    @CommandHandler
    long handle(AddPhaseCommand command) {
        rejectIfArchived();
        if (phases.containsKey(command.phaseId())) {
            throw PHASE_ID_TAKEN.violated("phase %s already exists in this plan", command.phaseId());
        }
        int number = command.number() == null ? nextPhaseNumber() : command.number();
        if (number < 1) {
            throw PHASE_NUMBER_INVALID.violated("phase number must be 1 or more (got %d)", number);
        }
        phases.values().stream().filter(phase -> phase.number == number).findAny().ifPresent(phase -> {
            throw PHASE_NUMBER_TAKEN.violated("phase number %d is already '%s'", number, phase.title);
        });
        apply(new PhaseAddedEvent(id, command.phaseId(), number, PlanInputRules.title(command.title())));
        return revision();
    }

    @CommandHandler
    long handle(RenamePhaseCommand command) {
        rejectIfArchived();
        Phase phase = existingPhase(command.phaseId());
        String newTitle = PlanInputRules.title(command.title());
        if (!newTitle.equals(phase.title)) {
            apply(new PhaseRenamedEvent(id, phase.id, newTitle));
        }
        return revision();
    }

    @CommandHandler
    long handle(RemovePhaseCommand command) {
        rejectIfArchived();
        Phase phase = existingPhase(command.phaseId());
        if (!phase.tasks.isEmpty()) {
            throw PHASE_NOT_EMPTY.violated("phase %d still has %d tasks; move or remove them first",
                    phase.number, phase.tasks.size());
        }
        apply(new PhaseRemovedEvent(id, phase.id));
        return revision();
    }

    @CommandHandler
    long handle(AddTaskCommand command) {
        rejectIfArchived();
        if (tasks.containsKey(command.taskId())) {
            throw TASK_ID_TAKEN.violated("task %s already exists in this plan", command.taskId());
        }
        Phase phase = existingPhase(command.phaseId());
        String description = PlanInputRules.description(command.description());
        LocalDate dueDate = PlanInputRules.dueDate(command.dueDate());
        List<TaskId> prerequisites = distinct(command.prerequisites());
        if (prerequisites.contains(command.taskId())) {
            throw PREREQUISITE_CYCLE.violated("task %s cannot be its own prerequisite", command.taskId());
        }
        rejectUnknownPrerequisites(prerequisites);
        TaskPriority priority = command.priority() == null ? TaskPriority.MEDIUM : command.priority();
        apply(new TaskAddedEvent(id, command.taskId(), phase.id, description, priority, dueDate, prerequisites));
        reopenIfCompleted();
        return revision();
    }

    @CommandHandler
    long handle(EditTaskCommand command) {
        rejectIfArchived();
        Task task = existingTask(command.taskId());
        String description = command.description() == null
                ? task.description : PlanInputRules.description(command.description());
        TaskPriority priority = command.priority() == null ? task.priority : command.priority();
        LocalDate dueDate = command.clearDueDate() ? null
                : command.dueDate() == null ? task.dueDate : PlanInputRules.dueDate(command.dueDate());
        if (!description.equals(task.description) || priority != task.priority
                || !Objects.equals(dueDate, task.dueDate)) {
            apply(new TaskEditedEvent(id, task.id, description, priority, dueDate));
        }
        return revision();
    }

    @CommandHandler
    long handle(MoveTaskCommand command) {
        rejectIfArchived();
        Task task = existingTask(command.taskId());
        Phase target = existingPhase(command.phaseId());
        int othersInTarget = target.tasks.size() - (target.id.equals(task.phaseId) ? 1 : 0);
        int position = command.position() == null ? othersInTarget : command.position();
        if (position < 0 || position > othersInTarget) {
            throw POSITION_OUT_OF_RANGE.violated("position must be between 0 and %d in phase %d (got %d)",
                    othersInTarget, target.number, position);
        }
        boolean unchanged = target.id.equals(task.phaseId) && target.tasks.indexOf(task.id) == position;
        if (!unchanged) {
            apply(new TaskMovedEvent(id, task.id, task.phaseId, target.id, position));
        }
        return revision();
    }

    @CommandHandler
    long handle(RemoveTaskCommand command) {
        rejectIfArchived();
        Task task = existingTask(command.taskId());
        List<TaskId> dependents = dependentsOf(task.id);
        if (!dependents.isEmpty()) {
            throw TASK_IS_PREREQUISITE.violated("task %s is a prerequisite of %s; change their prerequisites first",
                    task.id, dependents);
        }
        apply(new TaskRemovedEvent(id, task.id));
        return revision();
    }

    @CommandHandler
    long handle(SetTaskStatusCommand command) {
        rejectIfArchived();
        Task task = existingTask(command.taskId());
        TaskStatus target = Objects.requireNonNull(command.status(), "status");
        if (target == task.status) {
            return revision();
        }
        if (target == TaskStatus.DONE) {
            rejectOpenPrerequisites(task.id, task.prerequisites);
        } else if (task.isDone()) {
            List<TaskId> doneDependents = dependentsOf(task.id).stream().filter(t -> tasks.get(t).isDone()).toList();
            if (!doneDependents.isEmpty()) {
                throw DEPENDENT_TASK_DONE.violated("task %s cannot leave DONE while its dependents %s are DONE",
                        task.id, doneDependents);
            }
        }
        apply(new TaskStatusChangedEvent(id, task.id, task.status, target));
        if (target != TaskStatus.DONE) {
            reopenIfCompleted();
        }
        return revision();
    }

    @CommandHandler
    long handle(SetTaskPrerequisitesCommand command) {
        rejectIfArchived();
        Task task = existingTask(command.taskId());
        List<TaskId> prerequisites = distinct(command.prerequisites());
        rejectUnknownPrerequisites(prerequisites);
        rejectCycle(task.id, prerequisites);
        if (task.isDone()) {
            rejectOpenPrerequisites(task.id, prerequisites);
        }
        if (!new LinkedHashSet<>(prerequisites).equals(task.prerequisites)) {
            apply(new TaskPrerequisitesSetEvent(id, task.id, prerequisites));
        }
        return revision();
    }

    // --- rules -------------------------------------------------------------------------------

    private void rejectIfArchived() {
        if (status == PlanStatus.ARCHIVED) {
            throw PLAN_ARCHIVED.violated("plan %s is ARCHIVED and accepts no change", id);
        }
    }

    /** A COMPLETED plan has only DONE tasks: new open work moves it back to ACTIVE rather than being refused. */
    private void reopenIfCompleted() {
        if (status == PlanStatus.COMPLETED) {
            apply(new PlanStatusChangedEvent(id, PlanStatus.COMPLETED, PlanStatus.ACTIVE));
        }
    }

    private void rejectUnknownPrerequisites(List<TaskId> prerequisites) {
        List<TaskId> unknown = prerequisites.stream().filter(p -> !tasks.containsKey(p)).toList();
        if (!unknown.isEmpty()) {
            throw PREREQUISITE_NOT_FOUND.violated("prerequisites %s are not tasks of this plan", unknown);
        }
    }

    private void rejectOpenPrerequisites(TaskId taskId, Iterable<TaskId> prerequisites) {
        List<TaskId> open = new ArrayList<>();
        prerequisites.forEach(p -> {
            if (!tasks.get(p).isDone()) {
                open.add(p);
            }
        });
        if (!open.isEmpty()) {
            throw PREREQUISITE_NOT_DONE.violated("task %s cannot be DONE while prerequisites %s are not DONE",
                    taskId, open);
        }
    }

    /** Giving {@code taskId} these prerequisites closes a cycle when one of them already depends on it. */
    private void rejectCycle(TaskId taskId, List<TaskId> prerequisites) {
        Deque<TaskId> toVisit = new ArrayDeque<>(prerequisites);
        Set<TaskId> visited = new HashSet<>();
        while (!toVisit.isEmpty()) {
            TaskId current = toVisit.pop();
            if (current.equals(taskId)) {
                throw PREREQUISITE_CYCLE.violated("task %s would depend on itself through %s", taskId, prerequisites);
            }
            if (visited.add(current)) {
                toVisit.addAll(tasks.get(current).prerequisites);
            }
        }
    }

    private Phase existingPhase(PhaseId phaseId) {
        Phase phase = phaseId == null ? null : phases.get(phaseId);
        if (phase == null) {
            throw PHASE_NOT_FOUND.violated("phase %s is not part of plan %s", phaseId, id);
        }
        return phase;
    }

    private Task existingTask(TaskId taskId) {
        Task task = taskId == null ? null : tasks.get(taskId);
        if (task == null) {
            throw TASK_NOT_FOUND.violated("task %s is not part of plan %s", taskId, id);
        }
        return task;
    }

    private List<TaskId> dependentsOf(TaskId taskId) {
        return tasks.values().stream()
                .filter(t -> t.prerequisites.contains(taskId))
                .map(t -> t.id)
                .sorted(Comparator.comparing(TaskId::toString))
                .toList();
    }

    private int nextPhaseNumber() {
        return phases.values().stream().mapToInt(phase -> phase.number).max().orElse(0) + 1;
    }

    private static List<TaskId> distinct(List<TaskId> ids) {
        return ids == null ? List.of() : List.copyOf(new LinkedHashSet<>(ids));
    }

    private static long revision() {
        return AggregateLifecycle.getVersion();
    }

    // --- state -------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(PlanCreatedEvent event) {
        id = event.planId();
        title = event.title();
        version = event.version();
        status = PlanStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(PlanRenamedEvent event) {
        title = event.title();
    }

    @EventSourcingHandler
    void on(PlanVersionChangedEvent event) {
        version = event.version();
    }

    @EventSourcingHandler
    void on(PlanStatusChangedEvent event) {
        status = event.to();
    }

    @EventSourcingHandler
    void on(PhaseAddedEvent event) {
        phases.put(event.phaseId(), new Phase(event.phaseId(), event.number(), event.title()));
    }

    @EventSourcingHandler
    void on(PhaseRenamedEvent event) {
        phases.get(event.phaseId()).title = event.title();
    }

    @EventSourcingHandler
    void on(PhaseRemovedEvent event) {
        phases.remove(event.phaseId());
    }

    @EventSourcingHandler
    void on(TaskAddedEvent event) {
        tasks.put(event.taskId(), new Task(event.taskId(), event.phaseId(), event.description(), event.priority(),
                event.dueDate(), event.prerequisites()));
        phases.get(event.phaseId()).tasks.add(event.taskId());
    }

    @EventSourcingHandler
    void on(TaskEditedEvent event) {
        Task task = tasks.get(event.taskId());
        task.description = event.description();
        task.priority = event.priority();
        task.dueDate = event.dueDate();
    }

    @EventSourcingHandler
    void on(TaskMovedEvent event) {
        phases.get(event.fromPhaseId()).tasks.remove(event.taskId());
        phases.get(event.toPhaseId()).tasks.add(event.position(), event.taskId());
        tasks.get(event.taskId()).phaseId = event.toPhaseId();
    }

    @EventSourcingHandler
    void on(TaskRemovedEvent event) {
        Task task = tasks.remove(event.taskId());
        phases.get(task.phaseId).tasks.remove(event.taskId());
    }

    @EventSourcingHandler
    void on(TaskStatusChangedEvent event) {
        tasks.get(event.taskId()).status = event.to();
    }

    @EventSourcingHandler
    void on(TaskPrerequisitesSetEvent event) {
        Task task = tasks.get(event.taskId());
        task.prerequisites.clear();
        task.prerequisites.addAll(event.prerequisites());
    }
}
