package io.opsledger.kernel.pipeline;

import io.opsledger.kernel.limits.ClientTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** QUEUED → RUNNING; the timeout, if the definition has one, starts counting. */
public record StartPipelineRunCommand(@TargetAggregateIdentifier PipelineRunId runId, @ClientTime Instant at) implements PipelineRunCommand {
}
