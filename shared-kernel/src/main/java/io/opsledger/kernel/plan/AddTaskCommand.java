package io.opsledger.kernel.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Adds a task at the end of a phase; priority defaults to MEDIUM, the due date is {@code YYYY-MM-DD} or absent. */
public record AddTaskCommand(@TargetAggregateIdentifier PlanId planId, TaskId taskId, PhaseId phaseId, String description, TaskPriority priority, String dueDate, List<TaskId> prerequisites) implements PlanCommand {

    public AddTaskCommand {
        prerequisites = prerequisites == null ? List.of() : List.copyOf(prerequisites);
    }
}
