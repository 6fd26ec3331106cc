package io.opsledger.kernel.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets a task's status; DONE only once every prerequisite is DONE. */
public record SetTaskStatusCommand(@TargetAggregateIdentifier PlanId planId, TaskId taskId, TaskStatus status, BasedOn basedOn) implements PlanCommand {

    /** The change applied to the plan as it stands, without a conflict check. */
    public SetTaskStatusCommand(PlanId planId, TaskId taskId, TaskStatus status) {
        this(planId, taskId, status, null);
    }
}
