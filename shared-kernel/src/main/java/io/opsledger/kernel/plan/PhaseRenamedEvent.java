package io.opsledger.kernel.plan;

import org.axonframework.serialization.Revision;

/** A phase's title changed. */
@Revision("1")
public record PhaseRenamedEvent(PlanId planId, PhaseId phaseId, String title) implements PlanEvent {
}
