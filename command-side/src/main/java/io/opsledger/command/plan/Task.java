package io.opsledger.command.plan;

import io.opsledger.kernel.plan.PhaseId;
import io.opsledger.kernel.plan.TaskId;
import io.opsledger.kernel.plan.TaskPriority;
import io.opsledger.kernel.plan.TaskStatus;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A task inside a plan. Only what the plan's decisions need is kept. */
final class Task {

    final TaskId id;
    PhaseId phaseId;
    String description;
    TaskPriority priority;
    LocalDate dueDate;
    TaskStatus status = TaskStatus.TODO;
    /** The due date the task was last found overdue for, so that one due date makes one overdue event. */
    LocalDate overdueFor;
    final Set<TaskId> prerequisites = new LinkedHashSet<>();

    Task(TaskId id, PhaseId phaseId, String description, TaskPriority priority, LocalDate dueDate,
         List<TaskId> prerequisites) {
        this.id = id;
        this.phaseId = phaseId;
        this.description = description;
        this.priority = priority;
        this.dueDate = dueDate;
        this.prerequisites.addAll(prerequisites);
    }

    boolean isDone() {
        return status == TaskStatus.DONE;
    }
}
