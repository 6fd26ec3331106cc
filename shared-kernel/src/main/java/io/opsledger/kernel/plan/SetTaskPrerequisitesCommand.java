package io.opsledger.kernel.plan;

import io.opsledger.kernel.limits.Items;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Replaces a task's prerequisites with other tasks of the same plan, never forming a cycle. */
public record SetTaskPrerequisitesCommand(@TargetAggregateIdentifier PlanId planId, TaskId taskId, @Items(max = 1000) List<TaskId> prerequisites, BasedOn basedOn) implements PlanCommand {

    /** The change applied to the plan as it stands, without a conflict check. */
    public SetTaskPrerequisitesCommand(PlanId planId, TaskId taskId, List<TaskId> prerequisites) {
        this(planId, taskId, prerequisites, null);
    }

    public SetTaskPrerequisitesCommand {
        prerequisites = prerequisites == null ? List.of() : List.copyOf(prerequisites);
    }
}
