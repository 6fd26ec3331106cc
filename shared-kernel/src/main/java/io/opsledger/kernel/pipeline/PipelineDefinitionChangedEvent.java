package io.opsledger.kernel.pipeline;

import org.axonframework.serialization.Revision;

/** The pipeline's definition changed; {@code definition.version()} is one more than before. */
@Revision("1")
public record PipelineDefinitionChangedEvent(PipelineId pipelineId, PipelineDefinition definition) implements PipelineEvent {
}
