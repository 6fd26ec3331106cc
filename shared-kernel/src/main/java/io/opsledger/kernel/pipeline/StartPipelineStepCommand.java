package io.opsledger.kernel.pipeline;

import io.opsledger.kernel.limits.ClientTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A step of a RUNNING run began; every step it depends on must have succeeded. */
public record StartPipelineStepCommand(@TargetAggregateIdentifier PipelineRunId runId, StepName step, @ClientTime Instant at) implements PipelineRunCommand {
}
