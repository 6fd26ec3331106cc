package io.opsledger.kernel.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Removes an empty phase. */
public record RemovePhaseCommand(@TargetAggregateIdentifier PlanId planId, PhaseId phaseId, BasedOn basedOn) implements PlanCommand {

    /** The change applied to the plan as it stands, without a conflict check. */
    public RemovePhaseCommand(PlanId planId, PhaseId phaseId) {
        this(planId, phaseId, null);
    }
}
