package io.opsledger.kernel.plan;

import org.axonframework.serialization.Revision;

/** A plan was created, in status DRAFT. */
@Revision("1")
public record PlanCreatedEvent(PlanId planId, String title, String version) implements PlanEvent {
}
