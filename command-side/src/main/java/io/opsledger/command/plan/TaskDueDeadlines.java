package io.opsledger.command.plan;

import io.opsledger.command.messaging.DeadlineScope;
import io.opsledger.kernel.plan.PlanId;
import io.opsledger.kernel.plan.TaskAddedEvent;
import io.opsledger.kernel.plan.TaskEditedEvent;
import io.opsledger.kernel.plan.TaskId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.ScopeDescriptor;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Keeps one persistent deadline per task with a due date, at the end of that day (UTC), aimed at
 * the plan. Scheduling from here rather than from the plan's handlers keeps the many ways a due
 * date changes (an edit, a conflict resolved with an edited value) in one place; cancelling
 * before scheduling makes a redelivered event harmless.
 */
@Component
@ProcessingGroup(TaskDueDeadlines.PROCESSING_GROUP)
@DisallowReplay
class TaskDueDeadlines {

    static final String PROCESSING_GROUP = "task-deadlines";

    private final DeadlineManager deadlines;

    TaskDueDeadlines(DeadlineManager deadlines) {
        this.deadlines = deadlines;
    }

    @EventHandler
    void on(TaskAddedEvent event) {
        reschedule(event.planId(), event.taskId(), event.dueDate());
    }

    @EventHandler
    void on(TaskEditedEvent event) {
        reschedule(event.planId(), event.taskId(), event.dueDate());
    }

    private void reschedule(PlanId planId, TaskId taskId, LocalDate dueDate) {
        ScopeDescriptor plan = DeadlineScope.of(Plan.class, planId);
        String name = deadlineName(taskId);
        deadlines.cancelAllWithinScope(name, plan);
        if (dueDate != null) {
            deadlines.schedule(dueDate.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), name,
                    new TaskDueCheck(taskId, dueDate), plan);
        }
    }

    static String deadlineName(TaskId taskId) {
        return "task-due:" + taskId;
    }
}
