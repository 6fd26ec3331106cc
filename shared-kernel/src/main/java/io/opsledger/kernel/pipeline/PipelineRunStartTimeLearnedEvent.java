package io.opsledger.kernel.pipeline;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A start reported after the run had already finished (events out of order): its start and duration are now known. */
@Revision("1")
public record PipelineRunStartTimeLearnedEvent(PipelineRunId runId, PipelineId pipelineId, Instant startedAt, Long durationMillis) implements PipelineRunEvent {
}
