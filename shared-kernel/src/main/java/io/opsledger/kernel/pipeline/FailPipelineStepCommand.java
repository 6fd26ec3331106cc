package io.opsledger.kernel.pipeline;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A running step failed: the run fails with it. */
public record FailPipelineStepCommand(@TargetAggregateIdentifier PipelineRunId runId, StepName step, Instant at, String reason) implements PipelineRunCommand {
}
