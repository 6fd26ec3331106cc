package io.opsledger.kernel.pipeline;

/**
 * A page of one pipeline's runs, newest first, optionally in one state; answers
 * {@link PipelineRunPage}.
 */
public record FindPipelineRunsQuery(PipelineId pipelineId, PipelineRunState state, int first, String after) {
}
