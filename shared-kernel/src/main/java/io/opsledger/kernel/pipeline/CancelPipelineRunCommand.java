package io.opsledger.kernel.pipeline;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** QUEUED or RUNNING → CANCELLED. */
public record CancelPipelineRunCommand(@TargetAggregateIdentifier PipelineRunId runId, Instant at, String reason) implements PipelineRunCommand {
}
