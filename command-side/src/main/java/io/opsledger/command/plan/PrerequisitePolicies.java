package io.opsledger.command.plan;

import io.opsledger.kernel.plan.TaskId;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.opsledger.kernel.plan.PlanRule.DEPENDENT_TASK_DONE;
import static io.opsledger.kernel.plan.PlanRule.PREREQUISITE_CYCLE;
import static io.opsledger.kernel.plan.PlanRule.PREREQUISITE_NOT_DONE;
import static io.opsledger.kernel.plan.PlanRule.PREREQUISITE_NOT_FOUND;
import static io.opsledger.kernel.plan.PlanRule.TASK_IS_PREREQUISITE;

/**
 * The rules on prerequisite edges between the tasks of one plan, each a named policy that throws
 * the rule it is named after. They read the plan's contents and never change them.
 */
final class PrerequisitePolicies {

    private PrerequisitePolicies() {
    }

    /** {@code PREREQUISITE_NOT_FOUND}: prerequisites are tasks of the same plan. */
    static void unknownPrerequisite(PlanContents plan, List<TaskId> prerequisites) {
        List<TaskId> unknown = prerequisites.stream().filter(p -> !plan.hasTask(p)).toList();
        if (!unknown.isEmpty()) {
            throw PREREQUISITE_NOT_FOUND.violated("prerequisites %s are not tasks of this plan", unknown);
        }
    }

    /** {@code PREREQUISITE_CYCLE}: a task is never its own prerequisite. */
    static void selfPrerequisite(TaskId taskId, List<TaskId> prerequisites) {
        if (prerequisites.contains(taskId)) {
            throw PREREQUISITE_CYCLE.violated("task %s cannot be its own prerequisite", taskId);
        }
    }

    /**
     * {@code PREREQUISITE_CYCLE}: giving {@code taskId} these prerequisites closes a cycle when one
     * of them already depends on it, even indirectly.
     */
    static void cycle(PlanContents plan, TaskId taskId, List<TaskId> prerequisites) {
        Deque<TaskId> toVisit = new ArrayDeque<>(prerequisites);
        Set<TaskId> visited = new HashSet<>();
        while (!toVisit.isEmpty()) {
            TaskId current = toVisit.pop();
            if (current.equals(taskId)) {
                throw PREREQUISITE_CYCLE.violated("task %s would depend on itself through %s", taskId, prerequisites);
            }
            if (visited.add(current)) {
                plan.task(current).ifPresent(task -> toVisit.addAll(task.prerequisites()));
            }
        }
    }

    /** {@code PREREQUISITE_NOT_DONE}: a task is DONE only once all its prerequisites are. */
    static void openPrerequisites(PlanContents plan, TaskId taskId, List<TaskId> prerequisites) {
        List<TaskId> open = prerequisites.stream()
                .filter(p -> plan.task(p).map(task -> !task.isDone()).orElse(true))
                .toList();
        if (!open.isEmpty()) {
            throw PREREQUISITE_NOT_DONE.violated("task %s cannot be DONE while prerequisites %s are not DONE",
                    taskId, open);
        }
    }

    /** {@code DEPENDENT_TASK_DONE}: a DONE task stays DONE while a task that depends on it is DONE. */
    static void doneDependents(PlanContents plan, TaskId taskId) {
        List<TaskId> doneDependents = dependents(plan, taskId).stream()
                .filter(t -> plan.task(t).map(Task::isDone).orElse(false))
                .toList();
        if (!doneDependents.isEmpty()) {
            throw DEPENDENT_TASK_DONE.violated("task %s cannot leave DONE while its dependents %s are DONE",
                    taskId, doneDependents);
        }
    }

    /** {@code TASK_IS_PREREQUISITE}: a task listed as another's prerequisite stays. */
    static void anyDependents(PlanContents plan, TaskId taskId) {
        List<TaskId> dependents = dependents(plan, taskId);
        if (!dependents.isEmpty()) {
            throw TASK_IS_PREREQUISITE.violated("task %s is a prerequisite of %s; change their prerequisites first",
                    taskId, dependents);
        }
    }

    /** The tasks that list {@code taskId} as a prerequisite, in a stable order. */
    static List<TaskId> dependents(PlanContents plan, TaskId taskId) {
        return plan.tasks().stream()
                .filter(t -> t.prerequisites().contains(taskId))
                .map(Task::id)
                .sorted(Comparator.comparing(TaskId::toString))
                .toList();
    }

    /** How many prerequisite steps lead to this task from a task with none. */
    static int depth(PlanContents plan, TaskId taskId) {
        return plan.task(taskId)
                .filter(task -> !task.prerequisites().isEmpty())
                .map(task -> 1 + task.prerequisites().stream().mapToInt(p -> depth(plan, p)).max().orElse(0))
                .orElse(0);
    }
}
