package io.opsledger.kernel.plan;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The task's due date passed (the end of that day, UTC) and the task is not DONE. */
@Revision("1")
public record TaskOverdueEvent(PlanId planId, TaskId taskId, LocalDate dueDate) implements PlanEvent {
}
