package io.opsledger.kernel.pipeline;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** RUNNING → FAILED. */
public record FailPipelineRunCommand(@TargetAggregateIdentifier PipelineRunId runId, Instant at, String reason) implements PipelineRunCommand {
}
