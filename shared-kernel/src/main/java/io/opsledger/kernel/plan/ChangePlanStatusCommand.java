package io.opsledger.kernel.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Moves the plan to another status, along {@link PlanStatus#successors()}. */
public record ChangePlanStatusCommand(@TargetAggregateIdentifier PlanId planId, PlanStatus status) implements PlanCommand {
}
