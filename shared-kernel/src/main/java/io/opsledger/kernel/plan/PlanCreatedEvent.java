package io.opsledger.kernel.plan;

import org.axonframework.serialization.Revision;

/** A plan was created, in status DRAFT. */
@Revision("1")
public record PlanCreatedEvent(PlanId planId, String title, String version, ConflictStrategy conflictStrategy)
        implements PlanEvent {

    public PlanCreatedEvent {
        conflictStrategy = conflictStrategy == null ? ConflictStrategy.AUTO_MERGE : conflictStrategy;
    }

    public PlanCreatedEvent(PlanId planId, String title, String version) {
        this(planId, title, version, ConflictStrategy.AUTO_MERGE);
    }
}
