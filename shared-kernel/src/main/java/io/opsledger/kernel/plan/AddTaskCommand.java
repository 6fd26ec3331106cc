package io.opsledger.kernel.plan;

import io.opsledger.kernel.limits.CalendarDate;
import io.opsledger.kernel.limits.Items;
import io.opsledger.kernel.limits.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Adds a task at the end of a phase; priority defaults to MEDIUM, the due date is {@code YYYY-MM-DD} or absent. */
public record AddTaskCommand(@TargetAggregateIdentifier PlanId planId, TaskId taskId, PhaseId phaseId, @Text(max = PlanRule.MAX_DESCRIPTION_LENGTH, required = true) String description, TaskPriority priority, @CalendarDate @Text(max = 20) String dueDate, @Items(max = 1000) List<TaskId> prerequisites) implements PlanCommand {

    public AddTaskCommand {
        prerequisites = prerequisites == null ? List.of() : List.copyOf(prerequisites);
    }
}
