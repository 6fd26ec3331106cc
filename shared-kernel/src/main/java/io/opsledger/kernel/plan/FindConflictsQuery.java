package io.opsledger.kernel.plan;

/**
 * Conflicts, oldest first, optionally of one plan and one status. {@code after} is the cursor of
 * the last conflict of the previous page; answers {@link ConflictPage}.
 */
public record FindConflictsQuery(PlanId planId, ConflictStatus status, int first, String after) {
}
