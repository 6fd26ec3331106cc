package io.opsledger.kernel.plan;

import java.util.Set;

public enum PlanStatus {
    DRAFT, ACTIVE, COMPLETED, ARCHIVED;

    /** The statuses this one may move to. ARCHIVED is terminal: an archived plan accepts no change. */
    public Set<PlanStatus> successors() {
        return switch (this) {
            case DRAFT -> Set.of(ACTIVE, ARCHIVED);
            case ACTIVE -> Set.of(DRAFT, COMPLETED, ARCHIVED);
            case COMPLETED -> Set.of(ACTIVE, ARCHIVED);
            case ARCHIVED -> Set.of();
        };
    }
}
