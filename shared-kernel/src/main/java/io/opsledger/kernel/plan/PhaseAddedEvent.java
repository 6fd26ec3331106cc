package io.opsledger.kernel.plan;

import org.axonframework.serialization.Revision;

/** A phase was added after the existing ones. */
@Revision("1")
public record PhaseAddedEvent(PlanId planId, PhaseId phaseId, int number, String title) implements PlanEvent {
}
