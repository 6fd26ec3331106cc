package io.opsledger.kernel.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Moves the plan to another status, along {@link PlanStatus#successors()}. */
public record ChangePlanStatusCommand(@TargetAggregateIdentifier PlanId planId, PlanStatus status, BasedOn basedOn) implements PlanCommand {

    /** The change applied to the plan as it stands, without a conflict check. */
    public ChangePlanStatusCommand(PlanId planId, PlanStatus status) {
        this(planId, status, null);
    }
}
