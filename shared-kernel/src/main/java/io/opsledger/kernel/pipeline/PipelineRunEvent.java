package io.opsledger.kernel.pipeline;

/** Every event of a run's life; the run id is the aggregate, the pipeline id the pipeline it belongs to. */
public sealed interface PipelineRunEvent permits PipelineRunCancelledEvent, PipelineRunFailedEvent, PipelineRunLineageRecordedEvent, PipelineRunQueuedEvent, PipelineRunRetriedEvent, PipelineRunStartTimeLearnedEvent, PipelineRunStartedEvent, PipelineRunSucceededEvent, PipelineRunTimedOutEvent, PipelineStepFailedEvent, PipelineStepStartedEvent, PipelineStepSucceededEvent {

    PipelineRunId runId();

    PipelineId pipelineId();
}
