package io.opsledger.command.plan;

import io.opsledger.kernel.plan.PhaseId;
import io.opsledger.kernel.plan.TaskId;
import io.opsledger.kernel.plan.TaskPriority;
import io.opsledger.kernel.plan.TaskStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * A task inside a plan, immutable (see {@link Phase}). Only what the plan's decisions need is
 * kept. {@code overdueFor} is the due date the task was last found overdue for, so that one due
 * date makes one overdue event; {@code prerequisites} are distinct, in the order they were given.
 */
record Task(TaskId id, PhaseId phaseId, String description, TaskPriority priority, LocalDate dueDate,
            TaskStatus status, LocalDate overdueFor, List<TaskId> prerequisites) {

    Task {
        prerequisites = List.copyOf(prerequisites);
    }

    static Task added(TaskId id, PhaseId phaseId, String description, TaskPriority priority, LocalDate dueDate,
                      List<TaskId> prerequisites) {
        return new Task(id, phaseId, description, priority, dueDate, TaskStatus.TODO, null, prerequisites);
    }

    boolean isDone() {
        return status == TaskStatus.DONE;
    }

    Task edited(String newDescription, TaskPriority newPriority, LocalDate newDueDate) {
        return new Task(id, phaseId, newDescription, newPriority, newDueDate, status, overdueFor, prerequisites);
    }

    Task movedTo(PhaseId newPhaseId) {
        return new Task(id, newPhaseId, description, priority, dueDate, status, overdueFor, prerequisites);
    }

    Task withStatus(TaskStatus newStatus) {
        return new Task(id, phaseId, description, priority, dueDate, newStatus, overdueFor, prerequisites);
    }

    Task markedOverdue(LocalDate date) {
        return new Task(id, phaseId, description, priority, dueDate, status, date, prerequisites);
    }

    Task withPrerequisites(List<TaskId> newPrerequisites) {
        return new Task(id, phaseId, description, priority, dueDate, status, overdueFor, newPrerequisites);
    }
}
