package io.opsledger.api.pipeline;

import io.opsledger.api.graphql.UserError;
import io.opsledger.kernel.pipeline.PipelineView;

import java.util.List;

record PipelinePayload(PipelineView pipeline, List<UserError> errors) {

    static PipelinePayload success(PipelineView pipeline) {
        return new PipelinePayload(pipeline, List.of());
    }

    static PipelinePayload failure(UserError error) {
        return new PipelinePayload(null, List.of(error));
    }
}
