package io.opsledger.query.planoverview;

import io.opsledger.kernel.plan.FindPlanQuery;
import io.opsledger.kernel.plan.FindPlansQuery;
import io.opsledger.kernel.plan.PlanSummaryPage;
import io.opsledger.kernel.plan.PlanView;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers plan queries from the plan overview tables. */
@Component
class PlanOverviewQueryHandler {

    private final PlanOverviewRepository repository;

    PlanOverviewQueryHandler(PlanOverviewRepository repository) {
        this.repository = repository;
    }

    @QueryHandler
    PlanView handle(FindPlanQuery query) {
        return repository.findPlan(query.planId().value()).orElse(null);
    }

    @QueryHandler
    PlanSummaryPage handle(FindPlansQuery query) {
        if (query.first() < 1 || query.first() > FindPlansQuery.MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("first: must be between 1 and %d (got %d)"
                    .formatted(FindPlansQuery.MAX_PAGE_SIZE, query.first()));
        }
        PlanCursor after = query.after() == null ? null : PlanCursor.decode(query.after());
        return repository.findPlans(query.status(), query.first(), after);
    }
}
