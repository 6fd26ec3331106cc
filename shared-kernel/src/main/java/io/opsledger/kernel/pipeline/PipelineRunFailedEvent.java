package io.opsledger.kernel.pipeline;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The run failed; {@code retriesLeft} retries of its chain remain. Raises an alert once alerts exist. */
@Revision("1")
public record PipelineRunFailedEvent(PipelineRunId runId, PipelineId pipelineId, Instant startedAt, Instant finishedAt, Long durationMillis, String reason, int retriesLeft) implements PipelineRunEvent {
}
