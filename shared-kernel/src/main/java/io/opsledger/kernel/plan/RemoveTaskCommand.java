package io.opsledger.kernel.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Removes a task no other task depends on. */
public record RemoveTaskCommand(@TargetAggregateIdentifier PlanId planId, TaskId taskId, BasedOn basedOn) implements PlanCommand {

    /** The change applied to the plan as it stands, without a conflict check. */
    public RemoveTaskCommand(PlanId planId, TaskId taskId) {
        this(planId, taskId, null);
    }
}
