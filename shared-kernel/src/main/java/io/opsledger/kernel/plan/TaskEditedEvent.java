package io.opsledger.kernel.plan;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A task's description, priority or due date changed; the event carries all three new values. */
@Revision("1")
public record TaskEditedEvent(PlanId planId, TaskId taskId, String description, TaskPriority priority, LocalDate dueDate) implements PlanEvent {
}
