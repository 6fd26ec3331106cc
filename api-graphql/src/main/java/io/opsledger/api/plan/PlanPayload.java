package io.opsledger.api.plan;

import io.opsledger.api.graphql.UserError;
import io.opsledger.api.graphql.UserError.ConflictError;
import io.opsledger.api.messaging.CommandResult;
import io.opsledger.api.messaging.Queries.Fresh;
import io.opsledger.kernel.plan.ConflictDetectedEvent;
import io.opsledger.kernel.plan.ConflictId;
import io.opsledger.kernel.plan.ConflictResolution;
import io.opsledger.kernel.plan.ConflictResolvedEvent;
import io.opsledger.kernel.plan.PlanView;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The outcome of a plan mutation. Every conflict the change met is listed; those left open
 * (MANUAL, or AUTO_MERGE on an overlap) are also errors, because that part of the change is not
 * applied until someone resolves it.
 */
record PlanPayload(PlanView plan, UUID createdId, List<ConflictError> conflicts, List<UserError> errors,
                   boolean readModelBehind) {

    static PlanPayload of(Fresh<PlanView> plan, CommandResult change) {
        Map<ConflictId, ConflictResolution> settled = change.settled().stream()
                .collect(Collectors.toMap(ConflictResolvedEvent::conflictId, ConflictResolvedEvent::resolution));
        List<ConflictError> conflicts = change.conflicts().stream()
                .map(conflict -> conflictError(conflict, settled.get(conflict.conflictId())))
                .toList();
        List<UserError> open = conflicts.stream().filter(conflict -> conflict.resolution() == null)
                .map(UserError.class::cast).toList();
        return new PlanPayload(plan.value(), change.createdId(), conflicts, open, plan.behind());
    }

    static PlanPayload failure(UserError error) {
        return new PlanPayload(null, null, List.of(), List.of(error), false);
    }

    private static ConflictError conflictError(ConflictDetectedEvent conflict, ConflictResolution settledAs) {
        String resolution = settledAs == null ? null : settledAs.name();
        String message = resolution == null
                ? "%s changed since revision %d: current '%s', incoming '%s' (base '%s'). Conflict %s is open; close it with resolveConflict."
                .formatted(conflict.field(), conflict.basedOnRevision(), conflict.current(), conflict.incoming(),
                        conflict.base(), conflict.conflictId())
                : "%s changed since revision %d: current '%s', incoming '%s' (base '%s'). %s settled conflict %s as %s."
                .formatted(conflict.field(), conflict.basedOnRevision(), conflict.current(), conflict.incoming(),
                        conflict.base(), conflict.strategy(), conflict.conflictId(), resolution);
        return new ConflictError(message, List.of("input"), conflict.conflictId().toString(), conflict.type().name(),
                conflict.strategy().name(), conflict.field(), conflict.entityId().toString(), conflict.base(),
                conflict.current(), conflict.incoming(), resolution);
    }
}
