package io.opsledger.support;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import reactor.core.publisher.Flux;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Rebuilds and checks of a projection as an operator's client runs them: a mutation, then the progress over graphql-ws. */
public final class ProjectionRebuildClient {

    public static final String STATUS = """
            subscription S($name: String!, $purpose: RebuildPurpose) { projectionStatus(name: $name, purpose: $purpose) {
              name purpose state position head progress eventsPerSecond etaSeconds message differingRows differences } }""";
    public static final String REBUILD = """
            mutation R($input: ProjectionInput!) { rebuildProjection(input: $input) { status { state } errors { code message } } }""";
    public static final String VERIFY = """
            mutation V($input: ProjectionInput!) { verifyProjection(input: $input) { status { state } errors { code message } } }""";
    public static final String LAST = """
            query L($name: String!) { projectionRebuild(name: $name) { state position head progress message } }""";

    private ProjectionRebuildClient() {
    }

    /** The statuses of the running (or last) rebuild or check of {@code name}, until it has finished. */
    @SuppressWarnings("unchecked")
    public static Flux<Map<String, Object>> statuses(WebSocketGraphQlTester webSocket, String name, String purpose) {
        return webSocket.document(STATUS).variable("name", name).variable("purpose", purpose)
                .executeSubscription().toFlux("projectionStatus", Map.class)
                .map(status -> (Map<String, Object>) status)
                .takeUntil(status -> List.of("DONE", "FAILED", "CANCELLED").contains(status.get("state")));
    }

    /** Starts a rebuild or check and collects its progress over graphql-ws until it finishes (woken by each update). */
    public static List<Map<String, Object>> run(GraphQlTester http, WebSocketGraphQlTester webSocket, String mutation,
                                                String name) {
        try {
            String purpose = mutation.contains("verifyProjection") ? "VERIFY" : "REBUILD";
            var updates = statuses(webSocket, name, purpose).collectList().toFuture();
            GraphQlTester.Response started = http.document(mutation).variable("input", Map.of("name", name)).execute();
            assertThat(started.path(mutation.contains("verifyProjection") ? "verifyProjection.errors" : "rebuildProjection.errors")
                    .entityList(Object.class).get()).isEmpty();
            List<Map<String, Object>> statuses = updates.get(4, TimeUnit.MINUTES);
            assertThat(statuses).isNotEmpty();
            return statuses;
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            webSocket.stop().block();
        }
    }
}
