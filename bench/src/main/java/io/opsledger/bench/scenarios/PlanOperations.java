package io.opsledger.bench.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsledger.bench.support.GraphQlHttp;
import io.opsledger.bench.support.Load;
import io.opsledger.bench.support.LoadResult;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The plan operations the benchmarks send, as a GraphQL client writes them. */
final class PlanOperations {

    static final String CREATE_PLAN = """
            mutation CreatePlan($input: CreatePlanInput!) {
              createPlan(input: $input) { plan { id revision } errors { code message } }
            }""";
    static final String RENAME_PLAN = """
            mutation RenamePlan($input: RenamePlanInput!) {
              renamePlan(input: $input) { plan { id revision } errors { code message } }
            }""";
    static final String PLAN = """
            query Plan($id: ID!) {
              plan(id: $id) { id title version status progress revision updatedAt
                              phases { id number title progress tasks { id description status priority } } }
            }""";

    private PlanOperations() {
    }

    static void createPlan(GraphQlHttp client, UUID id, String title) throws Exception {
        JsonNode payload = client.mutate("createPlan", CREATE_PLAN,
                Map.of("input", Map.of("id", id.toString(), "title", title, "version", "v1")));
        if (!payload.path("plan").path("id").asText().equals(id.toString())) {
            throw new GraphQlHttp.GraphQlError("createPlan answered " + payload);
        }
    }

    static void renamePlan(GraphQlHttp client, UUID id, String title) throws Exception {
        JsonNode payload = client.mutate("renamePlan", RENAME_PLAN,
                Map.of("input", Map.of("id", id.toString(), "title", title)));
        if (payload.path("plan").isMissingNode() || payload.path("plan").isNull()) {
            throw new GraphQlHttp.GraphQlError("renamePlan answered " + payload);
        }
    }

    /**
     * {@code clients} connections creating plans back to back for {@code duration}; the ids of the
     * plans whose creation was acknowledged are added to {@code created}.
     */
    static LoadResult createPlans(URI endpoint, int clients, Duration duration, long maxPerClient, List<UUID> created)
            throws InterruptedException {
        List<UUID> acknowledged = Collections.synchronizedList(new ArrayList<>());
        LoadResult result = Load.closedLoop(clients, duration, maxPerClient, client -> {
            GraphQlHttp http = new GraphQlHttp(endpoint);
            return iteration -> {
                UUID id = UUID.randomUUID();
                createPlan(http, id, "Bench plan " + client + "." + iteration);
                acknowledged.add(id);
            };
        });
        created.addAll(acknowledged);
        return result;
    }

    /** Creates plans until {@code target} exist in {@code plans}, 32 connections at a time. */
    static void topUp(URI endpoint, List<UUID> plans, int target) throws InterruptedException {
        int attempts = 0;
        while (plans.size() < target && attempts++ < 5) {
            int missing = target - plans.size();
            createPlans(endpoint, 32, Duration.ofMinutes(10), (missing + 31) / 32, plans);
        }
        if (plans.size() < target) {
            throw new IllegalStateException("could create only " + plans.size() + " of " + target + " plans");
        }
    }
}
