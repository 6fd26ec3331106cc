package io.opsledger.kernel.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Moves a task to a phase (its own or another) at a zero-based position; without a position, at the end. */
public record MoveTaskCommand(@TargetAggregateIdentifier PlanId planId, TaskId taskId, PhaseId phaseId, Integer position) implements PlanCommand {
}
