package io.opsledger.api.plan;

import io.opsledger.api.messaging.Queries;
import io.opsledger.kernel.plan.PlanView;
import io.opsledger.kernel.search.FindSimilarTasksQuery;
import io.opsledger.kernel.search.SearchHitPage;
import io.opsledger.kernel.search.SearchHitView;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.UUID;

/**
 * The duplicate hint of addTask: resolved from the payload only when a client selects it, so the
 * mutation itself pays nothing for it. The task just created is the one whose id the payload
 * carries; other mutations create no task and get an empty list.
 */
@Controller
class LikelyDuplicates {

    private static final int MAX_HINTS = 5;

    private final Queries queries;

    LikelyDuplicates(Queries queries) {
        this.queries = queries;
    }

    @SchemaMapping(typeName = "PlanPayload", field = "likelyDuplicates")
    Mono<List<SearchHitView>> likelyDuplicates(PlanPayload payload) {
        if (payload.plan() == null || payload.createdId() == null) {
            return Mono.just(List.of());
        }
        UUID created = payload.createdId();
        return payload.plan().phases().stream().flatMap(phase -> phase.tasks().stream())
                .filter(task -> task.id().equals(created))
                .map(PlanView.TaskView::description)
                .findFirst()
                .map(description -> queries.query(new FindSimilarTasksQuery(created, description, payload.plan().id(),
                                MAX_HINTS, FindSimilarTasksQuery.LIKELY_DUPLICATE), SearchHitPage.class)
                        .map(SearchHitPage::hits))
                .orElseGet(() -> Mono.just(List.of()));
    }
}
