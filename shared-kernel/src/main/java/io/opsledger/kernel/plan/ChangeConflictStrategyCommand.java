package io.opsledger.kernel.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets the strategy used for this plan's conflicts when a command names none. */
public record ChangeConflictStrategyCommand(@TargetAggregateIdentifier PlanId planId, ConflictStrategy strategy)
        implements PlanCommand {
}
