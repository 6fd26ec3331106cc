package io.opsledger.kernel.pipeline;

import io.opsledger.kernel.limits.ClientTime;
import io.opsledger.kernel.limits.Range;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A run of the pipeline succeeded: its figures join the history anomalies are judged against. Sent by the anomaly policy; a run recorded twice counts once. */
public record RecordPipelineRunOutcomeCommand(@TargetAggregateIdentifier PipelineId pipelineId, PipelineRunId runId, @Range(min = 0, max = Long.MAX_VALUE) Long durationMillis, @Range(min = 0, max = 1_000_000_000_000_000L) Long rowsWritten, @ClientTime Instant finishedAt) implements PipelineCommand {
}
