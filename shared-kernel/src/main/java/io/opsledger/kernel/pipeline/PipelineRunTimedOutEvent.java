package io.opsledger.kernel.pipeline;

import org.axonframework.serialization.Revision;

import java.time.Duration;
import java.time.Instant;

/** The run was still RUNNING when its timeout elapsed. Raises an alert once alerts exist. */
@Revision("1")
public record PipelineRunTimedOutEvent(PipelineRunId runId, PipelineId pipelineId, Instant startedAt, Instant timedOutAt, Duration timeout, int retriesLeft) implements PipelineRunEvent {
}
