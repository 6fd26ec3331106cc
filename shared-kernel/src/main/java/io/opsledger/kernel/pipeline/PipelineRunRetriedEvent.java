package io.opsledger.kernel.pipeline;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** This failed run is retried by {@code nextRunId}, attempt {@code nextAttempt}. */
@Revision("1")
public record PipelineRunRetriedEvent(PipelineRunId runId, PipelineId pipelineId, PipelineRunId nextRunId, int nextAttempt, Instant at) implements PipelineRunEvent {
}
