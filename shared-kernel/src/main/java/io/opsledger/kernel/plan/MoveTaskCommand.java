package io.opsledger.kernel.plan;

import io.opsledger.kernel.limits.Range;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Moves a task to a phase (its own or another) at a zero-based position; without a position, at the end. */
public record MoveTaskCommand(@TargetAggregateIdentifier PlanId planId, TaskId taskId, PhaseId phaseId, @Range(min = 0, max = 100_000) Integer position, BasedOn basedOn) implements PlanCommand {

    /** The change applied to the plan as it stands, without a conflict check. */
    public MoveTaskCommand(PlanId planId, TaskId taskId, PhaseId phaseId, Integer position) {
        this(planId, taskId, phaseId, position, null);
    }
}
