package io.opsledger.kernel.plan.markdown;

import io.opsledger.kernel.plan.PhaseId;
import io.opsledger.kernel.plan.PlanId;
import io.opsledger.kernel.plan.TaskId;

import java.util.List;

/**
 * What a plan file shows of a plan: the plan as the command side or a read model holds it, reduced
 * to what the Markdown format can express. Phases in number order, tasks in their phase's order.
 */
public record PlanSnapshot(PlanId planId, String title, String version, long revision, String date,
                           List<Phase> phases) {

    public PlanSnapshot {
        phases = List.copyOf(phases);
    }

    public record Phase(PhaseId id, int number, String title, List<Task> tasks) {

        public Phase {
            tasks = List.copyOf(tasks);
        }
    }

    public record Task(TaskId id, String description, boolean done) {
    }
}
