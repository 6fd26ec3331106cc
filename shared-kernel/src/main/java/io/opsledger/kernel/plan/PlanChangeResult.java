package io.opsledger.kernel.plan;

import java.util.List;

/**
 * What a plan command answers: the plan's revision after it, and the conflicts it opened or
 * settled by strategy (empty when the change applied cleanly).
 */
public record PlanChangeResult(long revision, List<ConflictDetectedEvent> conflicts) {

    public PlanChangeResult {
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }

    public static PlanChangeResult at(long revision) {
        return new PlanChangeResult(revision, List.of());
    }
}
