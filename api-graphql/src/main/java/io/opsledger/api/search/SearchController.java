package io.opsledger.api.search;

import io.opsledger.api.messaging.Queries;
import io.opsledger.kernel.plan.FindPlanQuery;
import io.opsledger.kernel.plan.PlanId;
import io.opsledger.kernel.plan.PlanView;
import io.opsledger.kernel.search.FindSearchIndexStatusQuery;
import io.opsledger.kernel.search.FindSimilarTasksQuery;
import io.opsledger.kernel.search.SearchHitPage;
import io.opsledger.kernel.search.SearchHitView;
import io.opsledger.kernel.search.SearchIndexStatusView;
import io.opsledger.kernel.search.SearchKind;
import io.opsledger.kernel.search.SearchQuery;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Set;
import java.util.UUID;

@Controller
class SearchController {

    private final Queries queries;

    SearchController(Queries queries) {
        this.queries = queries;
    }

    @QueryMapping
    Mono<SearchHitConnection> search(@Argument String query, @Argument List<SearchKind> kinds, @Argument UUID planId,
                                     @Argument int first, @Argument String after) {
        return Mono.fromCallable(() -> {
                    checkFirst(first, SearchQuery.MAX_PAGE_SIZE);
                    String text = query.strip();
                    if (text.isEmpty() || text.length() > SearchQuery.MAX_TEXT_LENGTH) {
                        throw new IllegalArgumentException("query: must have 1 to %d characters, not counting spaces around (got %d)"
                                .formatted(SearchQuery.MAX_TEXT_LENGTH, text.length()));
                    }
                    int offset = SearchHitConnection.offsetAfter(after);
                    if (offset + first > SearchQuery.MAX_DEPTH) {
                        throw new IllegalArgumentException("after: only the first %d hits are served; refine the query"
                                .formatted(SearchQuery.MAX_DEPTH));
                    }
                    return new SearchQuery(text, kinds == null ? Set.of() : Set.copyOf(kinds), planId, offset, first);
                })
                .flatMap(search -> queries.query(search, SearchHitPage.class))
                .map(SearchHitConnection::of);
    }

    @QueryMapping
    Mono<SearchHitConnection> similarTasks(@Argument UUID taskId, @Argument int first) {
        return Mono.fromCallable(() -> {
                    checkFirst(first, FindSimilarTasksQuery.MAX_PAGE_SIZE);
                    return new FindSimilarTasksQuery(taskId, null, null, first, FindSimilarTasksQuery.RELATED);
                })
                .flatMap(similar -> queries.query(similar, SearchHitPage.class))
                .map(SearchHitConnection::of);
    }

    @QueryMapping
    Mono<SearchIndexStatusView> searchIndexStatus() {
        return queries.query(new FindSearchIndexStatusQuery(), SearchIndexStatusView.class);
    }

    @SchemaMapping(typeName = "SearchHit", field = "plan")
    Mono<PlanView> plan(SearchHitView hit) {
        if (hit.planId() == null) {
            return Mono.empty();
        }
        return queries.query(new FindPlanQuery(new PlanId(hit.planId())), PlanView.class);
    }

    private static void checkFirst(int first, int maximum) {
        if (first < 1 || first > maximum) {
            throw new IllegalArgumentException("first: must be between 1 and %d (got %d)".formatted(maximum, first));
        }
    }
}
