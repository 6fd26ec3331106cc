package io.opsledger.kernel.plan;

import java.util.List;

/**
 * What a plan command answers: the plan's revision after it, the conflicts it met, and which of
 * them the strategy settled at once (the others are open). All empty when the change applied
 * cleanly.
 */
public record PlanChangeResult(long revision, List<ConflictDetectedEvent> conflicts,
                               List<ConflictResolvedEvent> settled) {

    public PlanChangeResult {
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
        settled = settled == null ? List.of() : List.copyOf(settled);
    }

    public static PlanChangeResult at(long revision) {
        return new PlanChangeResult(revision, List.of(), List.of());
    }
}
