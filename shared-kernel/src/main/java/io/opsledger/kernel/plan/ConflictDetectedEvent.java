package io.opsledger.kernel.plan;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * A change based on revision {@code basedOnRevision} met a field that changed since then. Values
 * are in their text form: {@code base} as of that revision, {@code current} as stored,
 * {@code incoming} as the change wanted. Under SOURCE_PRIORITY and TARGET_PRIORITY a
 * {@link ConflictResolvedEvent} follows at once; otherwise the conflict stays open.
 *
 * @param field    the field's path, e.g. {@code task.description}
 * @param entityId the plan, phase or task the field belongs to
 */
@Revision("1")
public record ConflictDetectedEvent(PlanId planId, ConflictId conflictId, ConflictType type,
                                    ConflictStrategy strategy, long basedOnRevision, String field,
                                    UUID entityId, String base, String current, String incoming)
        implements PlanEvent {
}
