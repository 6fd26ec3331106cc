package io.opsledger.kernel.pipeline;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** A run was queued with a copy of its pipeline's definition. {@code retryOf} is the failed attempt it retries (null for attempt 1); {@code firstAttempt} is attempt 1 of its chain. */
@Revision("1")
public record PipelineRunQueuedEvent(PipelineRunId runId, PipelineId pipelineId, PipelineDefinition definition, int attempt, PipelineRunId retryOf, PipelineRunId firstAttempt, PipelineOrigin origin, UUID openLineageRunId, Instant queuedAt) implements PipelineRunEvent {
}
