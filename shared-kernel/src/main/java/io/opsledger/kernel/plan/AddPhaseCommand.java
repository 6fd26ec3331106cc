package io.opsledger.kernel.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a phase; without a number it takes the next free one. */
public record AddPhaseCommand(@TargetAggregateIdentifier PlanId planId, PhaseId phaseId, Integer number, String title) implements PlanCommand {
}
