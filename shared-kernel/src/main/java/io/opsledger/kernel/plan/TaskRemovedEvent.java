package io.opsledger.kernel.plan;

import org.axonframework.serialization.Revision;

/** A task was removed. */
@Revision("1")
public record TaskRemovedEvent(PlanId planId, TaskId taskId) implements PlanEvent {
}
