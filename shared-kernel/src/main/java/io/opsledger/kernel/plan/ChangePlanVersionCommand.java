package io.opsledger.kernel.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets the plan's version label ({@code v} followed by digits). */
public record ChangePlanVersionCommand(@TargetAggregateIdentifier PlanId planId, String version) implements PlanCommand {
}
