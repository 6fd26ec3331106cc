package io.opsledger.kernel.pipeline;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Retries a FAILED or TIMED_OUT run while retries are left: a new run {@code newRunId}, the next attempt, linked to this one. */
public record RetryPipelineRunCommand(@TargetAggregateIdentifier PipelineRunId runId, PipelineRunId newRunId, Instant at) implements PipelineRunCommand {
}
