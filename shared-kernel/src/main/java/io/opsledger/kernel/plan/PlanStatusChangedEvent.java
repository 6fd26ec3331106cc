package io.opsledger.kernel.plan;

import org.axonframework.serialization.Revision;

/** The plan moved from one status to another. */
@Revision("1")
public record PlanStatusChangedEvent(PlanId planId, PlanStatus from, PlanStatus to) implements PlanEvent {
}
