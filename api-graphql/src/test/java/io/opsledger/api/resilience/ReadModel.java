package io.opsledger.api.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsledger.support.OpsledgerProcess;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** The plan read model as the API shows it: waiting for it, and checking it against a replay. */
final class ReadModel {

    private static final String VERIFY = """
            mutation($input: ProjectionInput!) { verifyProjection(input: $input) { errors { code message } } }""";
    private static final String VERIFY_STATUS = """
            query($name: String!) {
              projectionRebuild(name: $name, purpose: VERIFY) { state message differingRows differences }
            }""";

    private ReadModel() {
    }

    /**
     * The server's own consistency check ({@code verifyProjection}): the projection replayed from the
     * first event into scratch tables and compared with the live ones. Answers the final status.
     */
    static JsonNode verify(OpsledgerProcess server, String projection) {
        JsonNode started = post(server, VERIFY, Map.of("input", Map.of("name", projection)));
        if (started == null || started.has("errors")
                || !started.path("data").path("verifyProjection").path("errors").isEmpty()) {
            throw new AssertionError("verifyProjection was refused: " + started);
        }
        // The check reports through a subscription or this status; a test polls the status.
        return await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250)).until(
                () -> post(server, VERIFY_STATUS, Map.of("name", projection)).path("data").path("projectionRebuild"),
                status -> List.of("DONE", "FAILED", "CANCELLED").contains(status.path("state").asText()));
    }

    private static JsonNode post(OpsledgerProcess server, String document, Map<String, Object> variables) {
        return server.graphQlClient().post().bodyValue(Map.of("query", document, "variables", variables))
                .retrieve().bodyToMono(JsonNode.class).block(Duration.ofSeconds(30));
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
