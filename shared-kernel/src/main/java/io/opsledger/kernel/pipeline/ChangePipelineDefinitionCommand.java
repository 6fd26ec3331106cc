package io.opsledger.kernel.pipeline;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Duration;
import java.util.List;

/** Replaces the steps, retries and timeout: a new definition version. Runs already queued keep the version they were queued with. */
public record ChangePipelineDefinitionCommand(@TargetAggregateIdentifier PipelineId pipelineId, List<StepDefinition> steps, int maxRetries, Duration timeout) implements PipelineCommand {
}
