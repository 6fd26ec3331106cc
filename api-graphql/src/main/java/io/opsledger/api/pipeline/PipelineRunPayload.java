package io.opsledger.api.pipeline;

import io.opsledger.api.graphql.UserError;
import io.opsledger.kernel.pipeline.PipelineRunView;

import java.util.List;

record PipelineRunPayload(PipelineRunView run, List<UserError> errors) {

    static PipelineRunPayload success(PipelineRunView run) {
        return new PipelineRunPayload(run, List.of());
    }

    static PipelineRunPayload failure(UserError error) {
        return new PipelineRunPayload(null, List.of(error));
    }
}
