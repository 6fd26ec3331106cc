package io.opsledger.api.plan;

import io.opsledger.api.messaging.Queries;
import io.opsledger.api.messaging.Queries.Fresh;
import io.opsledger.kernel.plan.ConflictPage;
import io.opsledger.kernel.plan.ExportPlanMarkdownQuery;
import io.opsledger.kernel.plan.FindConflictsQuery;
import io.opsledger.kernel.plan.FindPlanQuery;
import io.opsledger.kernel.plan.FindPlansQuery;
import io.opsledger.kernel.plan.PlanId;
import io.opsledger.kernel.plan.PlanSummaryPage;
import io.opsledger.kernel.plan.PlanView;
import io.opsledger.query.readmodel.ProcessingGroups;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads plans through Axon queries, including live updates. */
@Component
class PlanReader {

    private final Queries queries;

    PlanReader(Queries queries) {
        this.queries = queries;
    }

    Mono<PlanView> find(PlanId planId) {
        return queries.query(new FindPlanQuery(planId), PlanView.class);
    }

    Mono<PlanSummaryPage> findAll(FindPlansQuery query) {
        return queries.query(query, PlanSummaryPage.class);
    }

    Mono<String> markdown(PlanId planId) {
        return queries.query(new ExportPlanMarkdownQuery(planId), String.class);
    }

    Mono<ConflictPage> conflicts(FindConflictsQuery query) {
        return queries.query(query, ConflictPage.class);
    }

    /** The plan once the read model has applied at least the given revision (or, past the wait, as it is). */
    Mono<Fresh<PlanView>> atLeast(PlanId planId, long revision) {
        return queries.atLeast(ProcessingGroups.PLAN_OVERVIEW, planId.toString(), revision, new FindPlanQuery(planId),
                PlanView.class, PlanView::revision);
    }

    /** Every state of the plan after each change; with {@code includeCurrent}, the current state first. */
    Flux<PlanView> watch(PlanId planId, boolean includeCurrent) {
        return queries.watch(new FindPlanQuery(planId), PlanView.class, includeCurrent);
    }
}
