package io.opsledger.kernel.pipeline;

import io.opsledger.kernel.limits.ClientTime;
import io.opsledger.kernel.limits.Range;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** RUNNING → SUCCEEDED for a run without steps (a run with steps succeeds with its last step); rows are optional. */
public record CompletePipelineRunCommand(@TargetAggregateIdentifier PipelineRunId runId, @ClientTime Instant at, @Range(min = 0, max = 1_000_000_000_000_000L) Long rowsRead, @Range(min = 0, max = 1_000_000_000_000_000L) Long rowsWritten) implements PipelineRunCommand {
}
