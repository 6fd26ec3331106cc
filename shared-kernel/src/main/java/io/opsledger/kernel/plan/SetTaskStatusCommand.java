package io.opsledger.kernel.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets a task's status; DONE only once every prerequisite is DONE. */
public record SetTaskStatusCommand(@TargetAggregateIdentifier PlanId planId, TaskId taskId, TaskStatus status) implements PlanCommand {
}
