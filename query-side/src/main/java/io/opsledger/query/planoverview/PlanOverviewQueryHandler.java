package io.opsledger.query.planoverview;

import io.opsledger.kernel.plan.ConflictPage;
import io.opsledger.kernel.plan.ExportPlanMarkdownQuery;
import io.opsledger.kernel.plan.FindConflictsQuery;
import io.opsledger.kernel.plan.PhaseId;
import io.opsledger.kernel.plan.PlanId;
import io.opsledger.kernel.plan.TaskId;
import io.opsledger.kernel.plan.TaskStatus;
import io.opsledger.kernel.plan.markdown.PlanMarkdownExport;
import io.opsledger.kernel.plan.markdown.PlanSnapshot;
import io.opsledger.kernel.plan.FindPlanQuery;
import io.opsledger.kernel.plan.FindPlansQuery;
import io.opsledger.kernel.plan.PlanSummaryPage;
import io.opsledger.kernel.plan.PlanView;
import io.opsledger.query.paging.KeysetCursor;
import io.opsledger.query.paging.PageRequest;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.UUID;

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
    String handle(ExportPlanMarkdownQuery query) {
        UUID planId = query.planId().value();
        return repository.findPlan(planId)
                .map(plan -> PlanMarkdownExport.export(snapshot(plan), repository.findLayout(planId).orElse(null)))
                .orElse(null);
    }

    private static PlanSnapshot snapshot(PlanView plan) {
        return new PlanSnapshot(new PlanId(plan.id()), plan.title(), plan.version(), plan.revision(), "",
                plan.phases().stream().map(phase -> new PlanSnapshot.Phase(new PhaseId(phase.id()), phase.number(),
                        phase.title(), phase.tasks().stream()
                        .map(task -> new PlanSnapshot.Task(new TaskId(task.id()), task.description(),
                                task.status() == TaskStatus.DONE))
                        .toList())).toList());
    }

    @QueryHandler
    PlanSummaryPage handle(FindPlansQuery query) {
        PageRequest.checkSize(query.first());
        KeysetCursor after = query.after() == null ? null
                : KeysetCursor.decode(PlanOverviewRepository.PLANS, query.after());
        return repository.findPlans(query.status(), query.first(), after);
    }

    @QueryHandler
    ConflictPage handle(FindConflictsQuery query) {
        PageRequest.checkSize(query.first());
        KeysetCursor after = query.after() == null ? null
                : KeysetCursor.decode(PlanOverviewRepository.CONFLICTS, query.after());
        return repository.findConflicts(query.planId() == null ? null : query.planId().value(), query.status(),
                query.first(), after);
    }
}
