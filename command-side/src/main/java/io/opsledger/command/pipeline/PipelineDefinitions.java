package io.opsledger.command.pipeline;

import io.opsledger.kernel.pipeline.PipelineDefinition;
import io.opsledger.kernel.pipeline.PipelineId;

/**
 * The current definition of a pipeline, for the run being queued: a run copies it, so that a
 * later change of the pipeline does not change what a queued or running run is made of.
 */
@FunctionalInterface
interface PipelineDefinitions {

    /** @throws io.opsledger.kernel.RuleViolationException PIPELINE_NOT_FOUND for an unknown pipeline */
    PipelineDefinition current(PipelineId pipelineId);
}
