package io.opsledger.kernel.pipeline;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A step failed. */
@Revision("1")
public record PipelineStepFailedEvent(PipelineRunId runId, PipelineId pipelineId, StepName step, Instant at, String reason) implements PipelineRunEvent {
}
