package io.opsledger.kernel.pipeline;

import java.time.Duration;
import java.util.List;

/**
 * What a pipeline does, as of one version: its steps (a DAG), how often a failed run may be
 * retried, and how long a run may stay RUNNING ({@code timeout}, null for no limit). Every run
 * keeps the version it was queued with.
 */
public record PipelineDefinition(int version, List<StepDefinition> steps, int maxRetries, Duration timeout) {

    public PipelineDefinition {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** The definition of a pipeline first seen through OpenLineage: no steps known, no retries, no timeout. */
    public static PipelineDefinition empty() {
        return new PipelineDefinition(1, List.of(), 0, null);
    }
}
