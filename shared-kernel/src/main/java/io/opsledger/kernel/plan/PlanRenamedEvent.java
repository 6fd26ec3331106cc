package io.opsledger.kernel.plan;

import org.axonframework.serialization.Revision;

/** The plan's title changed. */
@Revision("1")
public record PlanRenamedEvent(PlanId planId, String title) implements PlanEvent {
}
