package io.opsledger.kernel.pipeline;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A step succeeded; rows are null when not reported. */
@Revision("1")
public record PipelineStepSucceededEvent(PipelineRunId runId, PipelineId pipelineId, StepName step, Instant at, Long rowsRead, Long rowsWritten) implements PipelineRunEvent {
}
