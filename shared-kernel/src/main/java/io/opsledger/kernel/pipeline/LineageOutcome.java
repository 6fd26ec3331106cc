package io.opsledger.kernel.pipeline;

/**
 * What recording an OpenLineage event did: the run's revision after it, and, when the event was
 * kept as lineage only without changing the run, why ({@code null} when it was applied).
 */
public record LineageOutcome(long revision, String ignored) {
}
