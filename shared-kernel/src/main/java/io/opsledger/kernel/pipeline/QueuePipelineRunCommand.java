package io.opsledger.kernel.pipeline;

import io.opsledger.kernel.limits.ClientTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Queues a new run (attempt 1) of the pipeline's current definition. */
public record QueuePipelineRunCommand(@TargetAggregateIdentifier PipelineRunId runId, PipelineId pipelineId, @ClientTime Instant at) implements PipelineRunCommand {
}
