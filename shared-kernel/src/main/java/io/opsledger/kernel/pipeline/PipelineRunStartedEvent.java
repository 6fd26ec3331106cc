package io.opsledger.kernel.pipeline;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The run is RUNNING; {@code timeoutAt} is when it times out, null without a timeout. */
@Revision("1")
public record PipelineRunStartedEvent(PipelineRunId runId, PipelineId pipelineId, Instant startedAt, Instant timeoutAt) implements PipelineRunEvent {
}
