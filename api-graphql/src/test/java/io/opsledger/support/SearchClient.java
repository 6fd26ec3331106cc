package io.opsledger.support;

import io.opsledger.query.search.CurrentSearchIndex;
import org.springframework.graphql.test.tester.GraphQlTester;

import java.time.Duration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Search queries over GraphQL as a client writes them. */
public final class SearchClient {

    private final GraphQlTester graphQl;

    public SearchClient(GraphQlTester graphQl) {
        this.graphQl = graphQl;
    }

    /** A search with optional kinds and plan; the answer's {@code search} object. */
    public GraphQlTester.Response search(String query, List<String> kinds, String planId, int first, String after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("query", query);
        variables.put("kinds", kinds);
        variables.put("planId", planId);
        variables.put("first", first);
        variables.put("after", after);
        return graphQl.documentName("search").variables(variables).execute();
    }

    /** The hits of a search, best first, as maps of the selected fields. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> hits(String query, List<String> kinds, String planId, int first) {
        return search(query, kinds, planId, first, null).path("search.edges[*].node").entityList(Map.class).get()
                .stream().map(node -> (Map<String, Object>) node).toList();
    }

    public List<Map<String, Object>> hits(String query) {
        return hits(query, null, null, 10);
    }

    /**
     * Waits until the server's search index has applied every event it handles that is in the
     * store now (woken by the index's commits, not by polling).
     */
    public static void awaitIndexed(OpsledgerServer server) {
        long head = server.jdbc().sql("SELECT COALESCE(MAX(globalindex), -1) FROM domainevententry WHERE payloadtype IN (:types)")
                .param("types", INDEXED_EVENT_TYPES).query(Long.class).single();
        try {
            if (!server.bean(CurrentSearchIndex.class).awaitPosition(head, Duration.ofSeconds(90))) {
                throw new AssertionError("The search index did not reach event " + head + " within 90 s");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }

    /** Event types the search processor handles (the processor may never see the position of the others). */
    public static final List<String> INDEXED_EVENT_TYPES = List.of("PlanCreatedEvent", "PlanRenamedEvent",
            "PlanVersionChangedEvent", "PlanStatusChangedEvent", "TaskAddedEvent", "TaskEditedEvent",
            "TaskStatusChangedEvent", "TaskRemovedEvent", "ConflictDetectedEvent", "ConflictResolvedEvent")
            .stream().map(type -> "io.opsledger.kernel.plan." + type).toList();

    /** The entity ids of a search's hits, best first. */
    public List<String> ids(String query) {
        return hits(query).stream().map(hit -> (String) hit.get("entityId")).toList();
    }
}
