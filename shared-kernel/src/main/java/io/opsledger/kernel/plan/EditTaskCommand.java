package io.opsledger.kernel.plan;

import io.opsledger.kernel.limits.CalendarDate;
import io.opsledger.kernel.limits.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Changes a task's description, priority or due date; a null field keeps its value, {@code clearDueDate} removes the due date. */
public record EditTaskCommand(@TargetAggregateIdentifier PlanId planId, TaskId taskId, @Text(max = PlanRule.MAX_DESCRIPTION_LENGTH, required = true) String description, TaskPriority priority, @CalendarDate @Text(max = 20) String dueDate, boolean clearDueDate, BasedOn basedOn) implements PlanCommand {

    /** The change applied to the plan as it stands, without a conflict check. */
    public EditTaskCommand(PlanId planId, TaskId taskId, String description, TaskPriority priority, String dueDate, boolean clearDueDate) {
        this(planId, taskId, description, priority, dueDate, clearDueDate, null);
    }
}
