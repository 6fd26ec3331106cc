package io.opsledger.kernel.pipeline;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The run succeeded. {@code startedAt} and the duration are null when no start was reported (yet). */
@Revision("1")
public record PipelineRunSucceededEvent(PipelineRunId runId, PipelineId pipelineId, Instant startedAt, Instant finishedAt, Long durationMillis, Long rowsRead, Long rowsWritten) implements PipelineRunEvent {
}
