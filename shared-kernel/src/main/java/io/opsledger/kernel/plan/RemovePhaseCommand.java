package io.opsledger.kernel.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Removes an empty phase. */
public record RemovePhaseCommand(@TargetAggregateIdentifier PlanId planId, PhaseId phaseId) implements PlanCommand {
}
