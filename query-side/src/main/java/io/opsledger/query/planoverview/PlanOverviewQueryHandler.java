package io.opsledger.query.planoverview;

import io.opsledger.kernel.plan.ConflictPage;
import io.opsledger.kernel.plan.FindConflictsQuery;
import io.opsledger.kernel.plan.FindPlanQuery;
import io.opsledger.kernel.plan.FindPlansQuery;
import io.opsledger.kernel.plan.PlanSummaryPage;
import io.opsledger.kernel.plan.PlanView;
import io.opsledger.query.paging.KeysetCursor;
import io.opsledger.query.paging.PageRequest;
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
        PageRequest.checkSize(query.first(), FindPlansQuery.MAX_PAGE_SIZE);
        KeysetCursor after = query.after() == null ? null
                : KeysetCursor.decode(PlanOverviewRepository.PLANS, query.after());
        return repository.findPlans(query.status(), query.first(), after);
    }

    @QueryHandler
    ConflictPage handle(FindConflictsQuery query) {
        PageRequest.checkSize(query.first(), FindConflictsQuery.MAX_PAGE_SIZE);
        KeysetCursor after = query.after() == null ? null
                : KeysetCursor.decode(PlanOverviewRepository.CONFLICTS, query.after());
        return repository.findConflicts(query.planId() == null ? null : query.planId().value(), query.status(),
                query.first(), after);
    }
}
