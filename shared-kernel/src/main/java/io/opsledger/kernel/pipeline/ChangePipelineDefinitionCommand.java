package io.opsledger.kernel.pipeline;

import io.opsledger.kernel.limits.Items;
import io.opsledger.kernel.limits.Range;
import io.opsledger.kernel.limits.Span;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Duration;
import java.util.List;

/** Replaces the steps, retries and timeout: a new definition version. Runs already queued keep the version they were queued with. */
public record ChangePipelineDefinitionCommand(@TargetAggregateIdentifier PipelineId pipelineId, @Items(max = PipelineRule.MAX_STEPS) List<StepDefinition> steps, @Range(min = 0, max = PipelineRule.MAX_RETRIES) int maxRetries, @Span(minSeconds = 1, maxSeconds = PipelineRule.MAX_TIMEOUT_SECONDS) Duration timeout) implements PipelineCommand {
}
