package io.opsledger.kernel.plan;

import org.axonframework.serialization.Revision;

/** A conflict was closed; {@code value} is the field's value it settled on. */
@Revision("1")
public record ConflictResolvedEvent(PlanId planId, ConflictId conflictId, ConflictResolution resolution,
                                    String value) implements PlanEvent {
}
