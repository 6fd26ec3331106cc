package io.opsledger.kernel.pipeline;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A step began. */
@Revision("1")
public record PipelineStepStartedEvent(PipelineRunId runId, PipelineId pipelineId, StepName step, Instant at) implements PipelineRunEvent {
}
