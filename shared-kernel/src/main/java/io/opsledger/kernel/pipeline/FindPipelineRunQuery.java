package io.opsledger.kernel.pipeline;

/** One run with its steps, attempts and lineage; answers {@link PipelineRunView}, or null. */
public record FindPipelineRunQuery(PipelineRunId runId) {
}
