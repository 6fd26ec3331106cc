package io.opsledger.kernel.plan;

/**
 * A page of plan summaries, oldest first, optionally of one status. {@code after} is the cursor
 * of the last summary of the previous page (opaque to clients); answers {@link PlanSummaryPage}.
 */
public record FindPlansQuery(PlanStatus status, int first, String after) {
}
