package io.opsledger.api.pipeline;

import io.opsledger.api.graphql.UserError;
import io.opsledger.api.messaging.Queries.Fresh;
import io.opsledger.kernel.pipeline.PipelineView;

import java.util.List;
import java.util.UUID;

record PipelinePayload(PipelineView pipeline, UUID createdId, List<UserError> errors, boolean readModelBehind) {

    static PipelinePayload success(Fresh<PipelineView> pipeline, UUID createdId) {
        return new PipelinePayload(pipeline.value(), createdId, List.of(), pipeline.behind());
    }

    static PipelinePayload failure(UserError error) {
        return new PipelinePayload(null, null, List.of(error), false);
    }
}
