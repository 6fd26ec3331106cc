package io.opsledger.kernel.plan;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** A task was added at the end of a phase, in status TODO. */
@Revision("1")
public record TaskAddedEvent(PlanId planId, TaskId taskId, PhaseId phaseId, String description, TaskPriority priority, LocalDate dueDate, List<TaskId> prerequisites) implements PlanEvent {

    public TaskAddedEvent {
        prerequisites = prerequisites == null ? List.of() : List.copyOf(prerequisites);
    }
}
