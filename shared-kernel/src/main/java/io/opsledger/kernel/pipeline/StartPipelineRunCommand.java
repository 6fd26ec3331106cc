package io.opsledger.kernel.pipeline;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** QUEUED → RUNNING; the timeout, if the definition has one, starts counting. */
public record StartPipelineRunCommand(@TargetAggregateIdentifier PipelineRunId runId, Instant at) implements PipelineRunCommand {
}
