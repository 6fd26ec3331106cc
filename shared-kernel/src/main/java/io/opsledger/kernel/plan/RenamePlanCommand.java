package io.opsledger.kernel.plan;

import io.opsledger.kernel.limits.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives the plan a new title. */
public record RenamePlanCommand(@TargetAggregateIdentifier PlanId planId, @Text(max = PlanRule.MAX_TITLE_LENGTH, required = true) String title, BasedOn basedOn) implements PlanCommand {

    /** The change applied to the plan as it stands, without a conflict check. */
    public RenamePlanCommand(PlanId planId, String title) {
        this(planId, title, null);
    }
}
