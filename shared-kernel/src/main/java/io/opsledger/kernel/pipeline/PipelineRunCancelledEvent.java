package io.opsledger.kernel.pipeline;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The run was cancelled. */
@Revision("1")
public record PipelineRunCancelledEvent(PipelineRunId runId, PipelineId pipelineId, Instant at, String reason) implements PipelineRunEvent {
}
