package io.opsledger.command.plan;

import io.opsledger.kernel.plan.PlanId;
import io.opsledger.kernel.plan.TaskAddedEvent;
import io.opsledger.kernel.plan.TaskEditedEvent;
import io.opsledger.kernel.plan.TaskId;
import io.opsledger.kernel.plan.TaskPriority;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The task-due policy keeps one deadline per task at the end of its due day (UTC), aimed at the
 * plan: cancelled first, so a redelivered or superseded event leaves exactly one.
 */
class TaskDueDeadlinesTest {

    private static final PlanId PLAN = PlanId.random();
    private static final TaskId TASK = TaskId.random();
    private static final AggregateScopeDescriptor SCOPE = new AggregateScopeDescriptor("Plan", PLAN.toString());

    private DeadlineManager deadlines;
    private TaskDueDeadlines policy;

    @BeforeEach
    void setUp() {
        deadlines = mock(DeadlineManager.class);
        policy = new TaskDueDeadlines(deadlines);
    }

    @Test
    void aTaskAddedWithADueDateGetsADeadlineAtTheEndOfThatDay() {
        LocalDate due = LocalDate.of(2026, 12, 24);
        policy.on(new TaskAddedEvent(PLAN, TASK, null, "Task", TaskPriority.MEDIUM, due, List.of()));

        InOrder order = inOrder(deadlines);
        order.verify(deadlines).cancelAllWithinScope(TaskDueDeadlines.deadlineName(TASK), SCOPE);
        order.verify(deadlines).schedule(Instant.parse("2026-12-25T00:00:00Z"), TaskDueDeadlines.deadlineName(TASK),
                new TaskDueCheck(TASK, due), SCOPE);
    }

    @Test
    void aDueDateRemovedByAnEditOnlyCancelsTheDeadline() {
        policy.on(new TaskEditedEvent(PLAN, TASK, "Task", TaskPriority.MEDIUM, null));

        verify(deadlines).cancelAllWithinScope(TaskDueDeadlines.deadlineName(TASK), SCOPE);
        verify(deadlines, never()).schedule(any(Instant.class), anyString(), any(), any());
    }
}
