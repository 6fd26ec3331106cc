package io.opsledger.support;

import org.springframework.graphql.test.tester.GraphQlTester;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** Pipeline mutations and queries over GraphQL as a client writes them. */
public final class PipelineClient {

    private final GraphQlTester graphQl;

    public PipelineClient(GraphQlTester graphQl) {
        this.graphQl = graphQl;
    }

    /** Runs a mutation, checks it reported no error, and answers the payload's {@code field} (pipeline or run). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> mutate(String mutation, String field, Map<String, Object> input) {
        GraphQlTester.Response response = graphQl.documentName(mutation).variable("input", input).execute();
        response.path(mutation + ".errors").entityList(Object.class).hasSize(0);
        return response.path(mutation + "." + field).entity(Map.class).get();
    }

    /** Runs a mutation that must fail, and answers its single error. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> reject(String mutation, Map<String, Object> input) {
        return graphQl.documentName(mutation).variable("input", input).execute()
                .path(mutation + ".errors").entityList(Map.class).hasSize(1).get().getFirst();
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> run(String runId) {
        return graphQl.documentName("pipelineRun").variable("id", runId).execute()
                .path("pipelineRun").entity(Map.class).get();
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> pipeline(String pipelineId) {
        return graphQl.documentName("pipeline").variable("id", pipelineId).execute()
                .path("pipeline").entity(Map.class).get();
    }

    /** The run once the read model shows what {@code until} expects (the projection runs asynchronously). */
    public Map<String, Object> awaitRun(String runId, Predicate<Map<String, Object>> until) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                .until(() -> run(runId), run -> run != null && until.test(run));
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> list(Map<String, Object> object, String field) {
        return (List<Map<String, Object>>) object.get(field);
    }
}
