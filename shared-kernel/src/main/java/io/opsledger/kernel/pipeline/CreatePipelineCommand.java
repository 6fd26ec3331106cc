package io.opsledger.kernel.pipeline;

import io.opsledger.kernel.limits.Items;
import io.opsledger.kernel.limits.Range;
import io.opsledger.kernel.limits.Span;
import io.opsledger.kernel.limits.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Duration;
import java.util.List;

/** Creates a pipeline with its first definition (version 1); the id is {@link PipelineId#forJob} of namespace and name. */
public record CreatePipelineCommand(@TargetAggregateIdentifier PipelineId pipelineId, @Text(max = PipelineRule.MAX_NAME_LENGTH, required = true) String namespace, @Text(max = PipelineRule.MAX_NAME_LENGTH, required = true) String name, @Items(max = PipelineRule.MAX_STEPS) List<StepDefinition> steps, @Range(min = 0, max = PipelineRule.MAX_RETRIES) int maxRetries, @Span(minSeconds = 1, maxSeconds = PipelineRule.MAX_TIMEOUT_SECONDS) Duration timeout) implements PipelineCommand {
}
