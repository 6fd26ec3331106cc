package io.opsledger.kernel.plan;

import io.opsledger.kernel.limits.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives a phase a new title. */
public record RenamePhaseCommand(@TargetAggregateIdentifier PlanId planId, PhaseId phaseId, @Text(max = PlanRule.MAX_TITLE_LENGTH, required = true) String title, BasedOn basedOn) implements PlanCommand {

    /** The change applied to the plan as it stands, without a conflict check. */
    public RenamePhaseCommand(PlanId planId, PhaseId phaseId, String title) {
        this(planId, phaseId, title, null);
    }
}
