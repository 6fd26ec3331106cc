package io.opsledger.api.messaging;

import io.opsledger.kernel.alert.AlertChange;
import io.opsledger.kernel.pipeline.LineageOutcome;
import io.opsledger.kernel.plan.ConflictDetectedEvent;
import io.opsledger.kernel.plan.ConflictResolvedEvent;
import io.opsledger.kernel.plan.PlanChangeResult;

import java.util.List;
import java.util.UUID;

/**
 * What every command answers the API, whichever aggregate handled it: the aggregate it changed,
 * the revision (event sequence) that aggregate reached, the id the server chose for what the
 * command created (null when it created nothing or the client chose the id), the conflicts it met
 * and which of them were settled at once, whether this is the recorded outcome of an earlier
 * request with the same idempotency key, and, for a report the aggregate kept without acting on it
 * (an out-of-order OpenLineage event), why it was ignored.
 */
public record CommandResult(String aggregateId, long revision, UUID createdId,
                            List<ConflictDetectedEvent> conflicts, List<ConflictResolvedEvent> settled,
                            boolean repeated, String ignored) {

    public CommandResult {
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
        settled = settled == null ? List.of() : List.copyOf(settled);
    }

    /**
     * Normalises a handler's answer: a {@link PlanChangeResult}, a revision ({@code Long}), an
     * {@link AlertChange} (whose alert counts as created when the caller chose none), or the id a
     * creating constructor returns (revision 0).
     */
    static CommandResult of(String aggregateId, Object answer, UUID createdId) {
        return switch (answer) {
            case PlanChangeResult change -> new CommandResult(aggregateId, change.revision(), createdId,
                    change.conflicts(), change.settled(), false, null);
            case Long revision -> new CommandResult(aggregateId, revision, createdId, List.of(), List.of(), false, null);
            case LineageOutcome outcome -> new CommandResult(aggregateId, outcome.revision(), createdId, List.of(),
                    List.of(), false, outcome.ignored());
            case AlertChange change -> new CommandResult(aggregateId, change.revision(),
                    createdId != null || change.alertId() == null ? createdId : change.alertId().value(),
                    List.of(), List.of(), false, null);
            case null, default -> new CommandResult(aggregateId, 0, createdId, List.of(), List.of(), false, null);
        };
    }

    CommandResult asRepeat() {
        return new CommandResult(aggregateId, revision, createdId, conflicts, settled, true, ignored);
    }
}
