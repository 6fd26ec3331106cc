package io.opsledger.command.pipeline;

import io.opsledger.kernel.pipeline.PipelineDefinition;
import io.opsledger.kernel.pipeline.PipelineId;
import org.axonframework.config.Configuration;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import static io.opsledger.kernel.pipeline.PipelineRule.PIPELINE_NOT_FOUND;

/**
 * Reads the definition from the pipeline aggregate itself, inside the unit of work of the command
 * that queues the run: the read model may lag behind a definition change just made, the event
 * store does not. Axon's configuration comes through a provider, resolved at call time, because it
 * is still being built when this bean is created (it inspects the aggregates' handlers, which ask
 * for this bean). This is the one decision that reads another aggregate rather than reacting to
 * its events (docs/architecture.md, "Decisions across aggregates").
 */
@Component
class RepositoryPipelineDefinitions implements PipelineDefinitions {

    private final ObjectProvider<Configuration> axon;

    RepositoryPipelineDefinitions(ObjectProvider<Configuration> axon) {
        this.axon = axon;
    }

    @Override
    public PipelineDefinition current(PipelineId pipelineId) {
        try {
            return axon.getObject().repository(Pipeline.class)
                    .load(pipelineId.toString())
                    .invoke(Pipeline::definition);
        } catch (AggregateNotFoundException e) {
            throw PIPELINE_NOT_FOUND.violated("pipeline %s does not exist", pipelineId);
        }
    }
}
