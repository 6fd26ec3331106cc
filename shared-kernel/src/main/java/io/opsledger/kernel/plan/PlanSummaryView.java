package io.opsledger.kernel.plan;

import java.time.Instant;
import java.util.UUID;

/** A plan in a list: its headline figures without phases and tasks. */
public record PlanSummaryView(UUID id, String title, String version, PlanStatus status, double progress,
                              int phaseCount, int taskCount, int doneTaskCount, int openConflictCount,
                              long revision, Instant createdAt, Instant updatedAt) {
}
