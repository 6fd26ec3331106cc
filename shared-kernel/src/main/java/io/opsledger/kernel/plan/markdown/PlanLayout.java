package io.opsledger.kernel.plan.markdown;

import io.opsledger.kernel.plan.PhaseId;
import io.opsledger.kernel.plan.TaskId;

import java.util.List;

/**
 * The file a plan was last imported from, with the plan entity each phase heading and each task
 * line stands for (in document order). Exporting through the layout keeps every line the plan does
 * not model (notes, tables, subsections, nesting, spacing) where the author put it.
 */
public record PlanLayout(String markdown, List<PhaseId> phaseIds, List<TaskId> taskIds) {

    public PlanLayout {
        phaseIds = List.copyOf(phaseIds);
        taskIds = List.copyOf(taskIds);
    }
}
