package io.opsledger.kernel.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives the plan a new title. */
public record RenamePlanCommand(@TargetAggregateIdentifier PlanId planId, String title) implements PlanCommand {
}
