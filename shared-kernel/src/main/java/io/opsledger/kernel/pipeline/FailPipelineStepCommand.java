package io.opsledger.kernel.pipeline;

import io.opsledger.kernel.limits.ClientTime;
import io.opsledger.kernel.limits.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A running step failed: the run fails with it. */
public record FailPipelineStepCommand(@TargetAggregateIdentifier PipelineRunId runId, StepName step, @ClientTime Instant at, @Text(max = PipelineRule.MAX_REASON_LENGTH, multiline = true) String reason) implements PipelineRunCommand {
}
