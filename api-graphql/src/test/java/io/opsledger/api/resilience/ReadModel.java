package io.opsledger.api.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsledger.support.OpsledgerProcess;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Waits for the plan read model over GraphQL. */
final class ReadModel {

    private ReadModel() {
    }

    /**
     * Until the plan read model has applied every event stored so far: one more plan is created, and
     * once it is in the read model, so is everything before it.
     */
    static void awaitCaughtUp(OpsledgerProcess server) throws InterruptedException {
        PlanCommandLoad marker = new PlanCommandLoad(server.graphQlClient());
        marker.awaitEnd(marker.start(1, 1, Duration.ofSeconds(30)));
        if (marker.acknowledged().size() != 1) {
            throw new AssertionError("a createPlan after the load failed: " + marker.errors() + "; " + server.logTail());
        }
        awaitPlan(server, marker.acknowledged().getFirst().planId());
    }

    /**
     * Until {@code plan(id)} answers the plan. The plan projection applies events in store order, so
     * once the last command's plan is there, every earlier event is applied too.
     */
    static void awaitPlan(OpsledgerProcess server, UUID planId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonNode answer = server.graphQlClient().post()
                    .bodyValue(Map.of("query", "query($id: ID!) { plan(id: $id) { id } }", "variables",
                            Map.of("id", planId.toString())))
                    .retrieve().bodyToMono(JsonNode.class).block(Duration.ofSeconds(10));
            return answer != null && planId.toString().equals(answer.path("data").path("plan").path("id").asText());
        });
    }
}
