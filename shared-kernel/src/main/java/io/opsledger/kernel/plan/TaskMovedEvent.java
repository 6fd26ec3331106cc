package io.opsledger.kernel.plan;

import org.axonframework.serialization.Revision;

/** A task moved to a zero-based position within a phase. */
@Revision("1")
public record TaskMovedEvent(PlanId planId, TaskId taskId, PhaseId fromPhaseId, PhaseId toPhaseId, int position) implements PlanEvent {
}
