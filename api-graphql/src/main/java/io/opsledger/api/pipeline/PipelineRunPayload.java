package io.opsledger.api.pipeline;

import io.opsledger.api.graphql.UserError;
import io.opsledger.api.messaging.Queries.Fresh;
import io.opsledger.kernel.pipeline.PipelineRunView;

import java.util.List;
import java.util.UUID;

record PipelineRunPayload(PipelineRunView run, UUID createdId, List<UserError> errors, boolean readModelBehind) {

    static PipelineRunPayload success(Fresh<PipelineRunView> run, UUID createdId) {
        return new PipelineRunPayload(run.value(), createdId, List.of(), run.behind());
    }

    static PipelineRunPayload failure(UserError error) {
        return new PipelineRunPayload(null, null, List.of(error), false);
    }
}
