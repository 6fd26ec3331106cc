package io.opsledger.kernel.plan;

import org.axonframework.serialization.Revision;

/** The plan's version label changed. */
@Revision("1")
public record PlanVersionChangedEvent(PlanId planId, String version) implements PlanEvent {
}
