package io.opsledger.kernel.pipeline;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A run of the pipeline succeeded: its figures join the history anomalies are judged against. Sent by the anomaly policy; a run recorded twice counts once. */
public record RecordPipelineRunOutcomeCommand(@TargetAggregateIdentifier PipelineId pipelineId, PipelineRunId runId, Long durationMillis, Long rowsWritten, Instant finishedAt) implements PipelineCommand {
}
