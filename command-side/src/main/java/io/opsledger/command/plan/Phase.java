package io.opsledger.command.plan;

import io.opsledger.kernel.plan.PhaseId;
import io.opsledger.kernel.plan.TaskId;

import java.util.ArrayList;
import java.util.List;

/**
 * A phase inside a plan: its number, its title and the order of its tasks. Immutable, as the
 * dashboard's widgets are: an event replaces it, so comparing two plans' states compares values
 * (Axon's fixture checks that state changes only in event-sourcing handlers this way).
 */
record Phase(PhaseId id, int number, String title, List<TaskId> tasks) {

    Phase {
        tasks = List.copyOf(tasks);
    }

    Phase(PhaseId id, int number, String title) {
        this(id, number, title, List.of());
    }

    Phase renamed(String newTitle) {
        return new Phase(id, number, newTitle, tasks);
    }

    Phase withTask(TaskId taskId, int position) {
        List<TaskId> moved = new ArrayList<>(tasks);
        moved.add(position, taskId);
        return new Phase(id, number, title, moved);
    }

    Phase withoutTask(TaskId taskId) {
        List<TaskId> left = new ArrayList<>(tasks);
        left.remove(taskId);
        return new Phase(id, number, title, left);
    }
}
