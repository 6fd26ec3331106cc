package io.opsledger.kernel.plan;

import io.opsledger.kernel.limits.Range;

/**
 * The revision of the plan a change was prepared from, and the conflict strategy to use if the
 * plan moved on since then (null: the plan's own strategy). A command without it applies to the
 * plan as it stands.
 */
public record BasedOn(@Range(min = 0, max = Long.MAX_VALUE) long revision, ConflictStrategy strategy) {

    public static BasedOn revision(long revision) {
        return new BasedOn(revision, null);
    }
}
