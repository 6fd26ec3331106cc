package io.opsledger.kernel.plan;

import org.axonframework.serialization.Revision;

/** An empty phase was removed. */
@Revision("1")
public record PhaseRemovedEvent(PlanId planId, PhaseId phaseId) implements PlanEvent {
}
