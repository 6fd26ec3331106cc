package io.opsledger.kernel.pipeline;

import io.opsledger.kernel.limits.ClientTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Retries a FAILED or TIMED_OUT run while retries are left: a new run {@code newRunId}, the next attempt, linked to this one. */
public record RetryPipelineRunCommand(@TargetAggregateIdentifier PipelineRunId runId, PipelineRunId newRunId, @ClientTime Instant at) implements PipelineRunCommand {
}
