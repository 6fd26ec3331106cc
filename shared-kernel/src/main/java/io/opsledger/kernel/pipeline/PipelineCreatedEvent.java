package io.opsledger.kernel.pipeline;

import org.axonframework.serialization.Revision;

/** A pipeline exists, with its first definition. */
@Revision("1")
public record PipelineCreatedEvent(PipelineId pipelineId, String namespace, String name, PipelineOrigin origin, PipelineDefinition definition) implements PipelineEvent {
}
