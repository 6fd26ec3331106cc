package io.opsledger.kernel.plan;

import org.axonframework.serialization.Revision;

/** The plan's default conflict strategy changed. */
@Revision("1")
public record ConflictStrategyChangedEvent(PlanId planId, ConflictStrategy strategy) implements PlanEvent {
}
