package io.opsledger.kernel.pipeline;

/** Success rate and duration percentiles of a pipeline's finished runs; answers {@link PipelineStatsView}. */
public record FindPipelineStatsQuery(PipelineId pipelineId) {
}
