package io.opsledger.command.plan;

import io.opsledger.kernel.plan.TaskId;

import java.time.LocalDate;

/**
 * The payload of a task's due-date deadline. When it fires, the plan checks the task still has
 * this due date and is not DONE: a deadline outlived by a later change of the date does nothing.
 */
record TaskDueCheck(TaskId taskId, LocalDate dueDate) {
}
