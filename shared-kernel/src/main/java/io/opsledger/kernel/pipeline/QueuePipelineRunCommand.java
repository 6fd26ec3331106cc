package io.opsledger.kernel.pipeline;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Queues a new run (attempt 1) of the pipeline's current definition. */
public record QueuePipelineRunCommand(@TargetAggregateIdentifier PipelineRunId runId, PipelineId pipelineId, Instant at) implements PipelineRunCommand {
}
