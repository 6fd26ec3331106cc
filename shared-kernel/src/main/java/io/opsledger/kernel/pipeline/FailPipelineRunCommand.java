package io.opsledger.kernel.pipeline;

import io.opsledger.kernel.limits.ClientTime;
import io.opsledger.kernel.limits.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** RUNNING → FAILED. */
public record FailPipelineRunCommand(@TargetAggregateIdentifier PipelineRunId runId, @ClientTime Instant at, @Text(max = PipelineRule.MAX_REASON_LENGTH, multiline = true) String reason) implements PipelineRunCommand {
}
