package io.opsledger.kernel.pipeline;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A step of a RUNNING run began; every step it depends on must have succeeded. */
public record StartPipelineStepCommand(@TargetAggregateIdentifier PipelineRunId runId, StepName step, Instant at) implements PipelineRunCommand {
}
