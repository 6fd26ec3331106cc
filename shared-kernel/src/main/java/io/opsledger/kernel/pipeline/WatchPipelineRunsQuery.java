package io.opsledger.kernel.pipeline;

/**
 * Subscription to run changes, of one pipeline or (with a null id) of all. Its initial result is
 * always null: subscribers want the updates, each a {@link PipelineRunView}.
 */
public record WatchPipelineRunsQuery(PipelineId pipelineId) {
}
