package io.opsledger.kernel.pipeline;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** RUNNING → SUCCEEDED for a run without steps (a run with steps succeeds with its last step); rows are optional. */
public record CompletePipelineRunCommand(@TargetAggregateIdentifier PipelineRunId runId, Instant at, Long rowsRead, Long rowsWritten) implements PipelineRunCommand {
}
