package io.opsledger.kernel.pipeline;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A running step succeeded with the rows it read and wrote (optional); the run succeeds with its last step. */
public record CompletePipelineStepCommand(@TargetAggregateIdentifier PipelineRunId runId, StepName step, Instant at, Long rowsRead, Long rowsWritten) implements PipelineRunCommand {
}
