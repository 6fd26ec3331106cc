package io.opsledger.kernel.pipeline;

import io.opsledger.kernel.limits.ClientTime;
import io.opsledger.kernel.limits.Range;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A running step succeeded with the rows it read and wrote (optional); the run succeeds with its last step. */
public record CompletePipelineStepCommand(@TargetAggregateIdentifier PipelineRunId runId, StepName step, @ClientTime Instant at, @Range(min = 0, max = 1_000_000_000_000_000L) Long rowsRead, @Range(min = 0, max = 1_000_000_000_000_000L) Long rowsWritten) implements PipelineRunCommand {
}
