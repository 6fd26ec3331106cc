package io.opsledger.kernel.pipeline;

/** Every event of a pipeline's life: its definition and the history of its succeeded runs. */
public sealed interface PipelineEvent permits PipelineCreatedEvent, PipelineDefinitionChangedEvent, PipelineRunAnomalyDetectedEvent, PipelineRunOutcomeRecordedEvent {

    PipelineId pipelineId();
}
