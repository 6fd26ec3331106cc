package io.opsledger.kernel.plan;

import org.axonframework.serialization.Revision;

/** A task's status changed. */
@Revision("1")
public record TaskStatusChangedEvent(PlanId planId, TaskId taskId, TaskStatus from, TaskStatus to) implements PlanEvent {
}
