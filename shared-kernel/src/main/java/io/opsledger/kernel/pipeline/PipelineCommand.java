package io.opsledger.kernel.pipeline;

/** Every command addressed to a pipeline. */
public sealed interface PipelineCommand permits ChangePipelineDefinitionCommand, CreatePipelineCommand, RecordPipelineRunOutcomeCommand, RegisterLineageJobCommand {

    PipelineId pipelineId();
}
