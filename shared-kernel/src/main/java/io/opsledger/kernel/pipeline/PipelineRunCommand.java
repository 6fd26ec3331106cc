package io.opsledger.kernel.pipeline;

/** Every command addressed to a pipeline run. */
public sealed interface PipelineRunCommand permits CancelPipelineRunCommand, CompletePipelineRunCommand, CompletePipelineStepCommand, FailPipelineRunCommand, FailPipelineStepCommand, QueuePipelineRunCommand, RecordLineageEventCommand, RetryPipelineRunCommand, StartPipelineRunCommand, StartPipelineStepCommand {

    PipelineRunId runId();
}
