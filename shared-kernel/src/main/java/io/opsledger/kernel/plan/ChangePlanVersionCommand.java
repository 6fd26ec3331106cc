package io.opsledger.kernel.plan;

import io.opsledger.kernel.limits.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets the plan's version label ({@code v} followed by digits). */
public record ChangePlanVersionCommand(@TargetAggregateIdentifier PlanId planId, @Text(max = 20, required = true) String version, BasedOn basedOn) implements PlanCommand {

    /** The change applied to the plan as it stands, without a conflict check. */
    public ChangePlanVersionCommand(PlanId planId, String version) {
        this(planId, version, null);
    }
}
