package io.opsledger.kernel.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives a phase a new title. */
public record RenamePhaseCommand(@TargetAggregateIdentifier PlanId planId, PhaseId phaseId, String title) implements PlanCommand {
}
