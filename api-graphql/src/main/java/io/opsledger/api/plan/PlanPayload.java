package io.opsledger.api.plan;

import io.opsledger.api.graphql.UserError;
import io.opsledger.kernel.plan.PlanView;

import java.util.List;
import java.util.UUID;

record PlanPayload(PlanView plan, UUID createdId, List<UserError> errors) {

    static PlanPayload success(PlanView plan, UUID createdId) {
        return new PlanPayload(plan, createdId, List.of());
    }

    static PlanPayload failure(UserError error) {
        return new PlanPayload(null, null, List.of(error));
    }
}
