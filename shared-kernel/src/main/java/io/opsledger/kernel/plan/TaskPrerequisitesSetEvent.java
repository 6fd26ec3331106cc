package io.opsledger.kernel.plan;

import org.axonframework.serialization.Revision;

import java.util.List;

/** A task's prerequisites were replaced. */
@Revision("1")
public record TaskPrerequisitesSetEvent(PlanId planId, TaskId taskId, List<TaskId> prerequisites) implements PlanEvent {

    public TaskPrerequisitesSetEvent {
        prerequisites = prerequisites == null ? List.of() : List.copyOf(prerequisites);
    }
}
