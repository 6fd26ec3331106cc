package io.opsledger.kernel.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates a DRAFT plan with a title and a version label such as {@code v55}. */
public record CreatePlanCommand(@TargetAggregateIdentifier PlanId planId, String title, String version) implements PlanCommand {
}
