package io.opsledger.kernel.plan;

import java.util.Collection;

/**
 * How progress is defined, in one place for every reader of it: a phase's progress is the share
 * of its tasks that are done (0 when it has none), a plan's is the mean of its phases' (0 when it
 * has none). Values are percentages from 0 to 100, rounded to two decimals.
 */
public final class PlanProgress {

    private PlanProgress() {
    }

    public static double ofPhase(int doneTasks, int tasks) {
        return tasks == 0 ? 0.0 : round(100.0 * doneTasks / tasks);
    }

    public static double ofPlan(Collection<Double> phaseProgress) {
        return round(phaseProgress.stream().mapToDouble(Double::doubleValue).average().orElse(0.0));
    }

    private static double round(double percentage) {
        return Math.round(percentage * 100.0) / 100.0;
    }
}
