package io.opsledger.kernel.pipeline;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An OpenLineage job was seen: the pipeline is created on first sight, and nothing changes afterwards. */
public record RegisterLineageJobCommand(@TargetAggregateIdentifier PipelineId pipelineId, String namespace, String name) implements PipelineCommand {
}
