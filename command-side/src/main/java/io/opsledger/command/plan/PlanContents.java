package io.opsledger.command.plan;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.opsledger.kernel.plan.BasedOn;
import io.opsledger.kernel.plan.PhaseId;
import io.opsledger.kernel.plan.PlanId;
import io.opsledger.kernel.plan.TaskId;
import io.opsledger.kernel.plan.TaskPriority;
import io.opsledger.kernel.plan.markdown.PlanSnapshot;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;
import static io.opsledger.kernel.plan.PlanRule.PHASE_NOT_FOUND;
import static io.opsledger.kernel.plan.PlanRule.TASK_NOT_FOUND;

/**
 * The phases and tasks of a plan, as its event-sourcing handlers leave them, with the lookups
 * its decisions need. Changed only by {@link Plan}'s event-sourcing handlers; read by the
 * collaborators that decide ({@link PlanChanges}, {@link PrerequisitePolicies},
 * {@link MarkdownImportMatcher}).
 */
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE)
final class PlanContents {

    private final Map<PhaseId, Phase> phases = new HashMap<>();
    private final Map<TaskId, Task> tasks = new HashMap<>();
    /** Numbers of every phase the plan ever had: Markdown files match phases by number. */
    private final Map<PhaseId, Integer> phaseNumbers = new HashMap<>();

    // --- changes, for the event-sourcing handlers -----------------------------------------

    void addPhase(Phase phase) {
        phases.put(phase.id(), phase);
        phaseNumbers.put(phase.id(), phase.number());
    }

    void renamePhase(PhaseId phaseId, String title) {
        phases.computeIfPresent(phaseId, (id, phase) -> phase.renamed(title));
    }

    void removePhase(PhaseId phaseId) {
        phases.remove(phaseId);
    }

    /** Adds the task at the end of its phase and answers its position there. */
    int addTask(Task task) {
        Phase phase = phases.get(task.phaseId()).withTask(task.id(), phases.get(task.phaseId()).tasks().size());
        phases.put(phase.id(), phase);
        tasks.put(task.id(), task);
        return phase.tasks().size() - 1;
    }

    void changeTask(TaskId taskId, UnaryOperator<Task> change) {
        tasks.computeIfPresent(taskId, (id, task) -> change.apply(task));
    }

    void moveTask(TaskId taskId, PhaseId from, PhaseId to, int position) {
        phases.computeIfPresent(from, (id, phase) -> phase.withoutTask(taskId));
        phases.computeIfPresent(to, (id, phase) -> phase.withTask(taskId, position));
        changeTask(taskId, task -> task.movedTo(to));
    }

    void removeTask(TaskId taskId) {
        Task task = tasks.remove(taskId);
        phases.computeIfPresent(task.phaseId(), (id, phase) -> phase.withoutTask(taskId));
    }

    // --- lookups --------------------------------------------------------------------------

    boolean hasPhase(PhaseId phaseId) {
        return phaseId != null && phases.containsKey(phaseId);
    }

    boolean hasTask(TaskId taskId) {
        return taskId != null && tasks.containsKey(taskId);
    }

    Optional<Phase> phase(PhaseId phaseId) {
        return Optional.ofNullable(phaseId == null ? null : phases.get(phaseId));
    }

    Optional<Task> task(TaskId taskId) {
        return Optional.ofNullable(taskId == null ? null : tasks.get(taskId));
    }

    Phase existingPhase(PhaseId phaseId, PlanId planId) {
        return phase(phaseId).orElseThrow(() -> PHASE_NOT_FOUND.violated("phase %s is not part of plan %s", phaseId, planId));
    }

    Task existingTask(TaskId taskId, PlanId planId) {
        return task(taskId).orElseThrow(() -> TASK_NOT_FOUND.violated("task %s is not part of plan %s", taskId, planId));
    }

    /**
     * The phase a change addresses. A change based on an older revision may address a phase
     * removed since then: that is a conflict to record, not an unknown phase.
     */
    PhaseId addressedPhase(PhaseId phaseId, BasedOn basedOn, FieldHistory history, PlanId planId) {
        if (basedOn != null && phaseId != null && !hasPhase(phaseId)
                && history.existedAt(PlanField.PHASE_EXISTS, phaseId.value(), basedOn.revision())) {
            return phaseId;
        }
        return existingPhase(phaseId, planId).id();
    }

    /** As {@link #addressedPhase}, for tasks; a task removed since stands in as an empty placeholder. */
    Task addressedTask(TaskId taskId, BasedOn basedOn, FieldHistory history, PlanId planId) {
        if (basedOn != null && taskId != null && !hasTask(taskId)
                && history.existedAt(PlanField.TASK_EXISTS, taskId.value(), basedOn.revision())) {
            return Task.added(taskId, null, "", TaskPriority.MEDIUM, null, List.of());
        }
        return existingTask(taskId, planId);
    }

    Collection<Task> tasks() {
        return tasks.values();
    }

    Map<PhaseId, Integer> phaseNumbers() {
        return phaseNumbers;
    }

    Optional<Phase> phaseNumbered(int number) {
        return phases.values().stream().filter(phase -> phase.number() == number).findFirst();
    }

    int nextPhaseNumber() {
        return phases.values().stream().mapToInt(Phase::number).max().orElse(0) + 1;
    }

    /** How many tasks other than {@code task} the phase holds: the last position {@code task} may take there. */
    int othersIn(Phase phase, Task task) {
        return phase.tasks().size() - (phase.id().equals(task.phaseId()) ? 1 : 0);
    }

    /** The task's position in its phase now, or {@link Integer#MAX_VALUE} when it is gone. */
    int currentPosition(TaskId taskId) {
        Task task = tasks.get(taskId);
        return task == null ? Integer.MAX_VALUE : phases.get(task.phaseId()).tasks().indexOf(taskId);
    }

    List<TaskId> openTasks() {
        return tasks.values().stream().filter(task -> !task.isDone()).map(Task::id).toList();
    }

    /** The plan as a Markdown file shows it. */
    PlanSnapshot snapshot(PlanId planId, String title, String version, long revision) {
        List<PlanSnapshot.Phase> phaseSnapshots = phases.values().stream()
                .sorted(Comparator.comparingInt(Phase::number))
                .map(phase -> new PlanSnapshot.Phase(phase.id(), phase.number(), phase.title(), phase.tasks().stream()
                        .map(tasks::get)
                        .map(task -> new PlanSnapshot.Task(task.id(), task.description(), task.isDone()))
                        .toList()))
                .toList();
        return new PlanSnapshot(planId, title, version, revision, "", phaseSnapshots);
    }
}
