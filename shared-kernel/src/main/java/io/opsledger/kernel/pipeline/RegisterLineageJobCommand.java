package io.opsledger.kernel.pipeline;

import io.opsledger.kernel.limits.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An OpenLineage job was seen: the pipeline is created on first sight, and nothing changes afterwards. */
public record RegisterLineageJobCommand(@TargetAggregateIdentifier PipelineId pipelineId, @Text(max = PipelineRule.MAX_NAME_LENGTH, required = true) String namespace, @Text(max = PipelineRule.MAX_NAME_LENGTH, required = true) String name) implements PipelineCommand {
}
