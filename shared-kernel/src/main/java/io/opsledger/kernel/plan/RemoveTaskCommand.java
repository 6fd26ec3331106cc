package io.opsledger.kernel.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Removes a task no other task depends on. */
public record RemoveTaskCommand(@TargetAggregateIdentifier PlanId planId, TaskId taskId) implements PlanCommand {
}
