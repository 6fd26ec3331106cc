package io.opsledger.kernel.pipeline;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Duration;
import java.util.List;

/** Creates a pipeline with its first definition (version 1); the id is {@link PipelineId#forJob} of namespace and name. */
public record CreatePipelineCommand(@TargetAggregateIdentifier PipelineId pipelineId, String namespace, String name, List<StepDefinition> steps, int maxRetries, Duration timeout) implements PipelineCommand {
}
