package io.opsledger.command.plan;

import io.opsledger.kernel.plan.ConflictDetectedEvent;
import io.opsledger.kernel.plan.ConflictId;
import io.opsledger.kernel.plan.ConflictResolution;

import java.util.Optional;
import java.util.UUID;

import static io.opsledger.kernel.plan.PlanRule.EDITED_VALUE_REQUIRED;

/**
 * A conflict left open: the incoming side in the text the conflict recorded. It becomes a typed
 * {@link FieldChange} only when resolved, so that a plan always loads from its events, whatever
 * the rules on values have become since.
 */
record OpenConflict(PlanField field, UUID entityId, String incoming) {

    static OpenConflict of(ConflictDetectedEvent event) {
        return new OpenConflict(PlanField.ofPath(event.field()), event.entityId(), event.incoming());
    }

    /** The value the resolution settles on, as {@code ConflictResolvedEvent} records it. */
    String resolvedValue(ConflictId conflictId, ConflictResolution resolution, String editedValue, FieldHistory history) {
        return switch (resolution) {
            case KEPT_CURRENT -> FieldHistory.text(history.current(field, entityId));
            case TOOK_INCOMING -> incoming;
            case EDITED -> {
                if (editedValue == null) {
                    throw EDITED_VALUE_REQUIRED.violated("resolving conflict %s as EDITED needs editedValue", conflictId);
                }
                yield editedValue;
            }
        };
    }

    /** The change the resolution makes, checked by the field's input rules; none when the current value stays. */
    Optional<FieldChange> changeFor(ConflictResolution resolution, String value) {
        return resolution == ConflictResolution.KEPT_CURRENT ? Optional.empty()
                : Optional.of(FieldChange.parse(field, entityId, value));
    }
}
