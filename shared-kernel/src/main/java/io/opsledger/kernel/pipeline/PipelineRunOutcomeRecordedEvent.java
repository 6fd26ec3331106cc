package io.opsledger.kernel.pipeline;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A succeeded run joined the pipeline's history; null figures were not reported. */
@Revision("1")
public record PipelineRunOutcomeRecordedEvent(PipelineId pipelineId, PipelineRunId runId, Long durationMillis, Long rowsWritten, Instant finishedAt) implements PipelineEvent {
}
