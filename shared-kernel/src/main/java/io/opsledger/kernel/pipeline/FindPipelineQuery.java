package io.opsledger.kernel.pipeline;

/** One pipeline; answers {@link PipelineView}, or null when there is none. */
public record FindPipelineQuery(PipelineId pipelineId) {
}
