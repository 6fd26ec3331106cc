package io.opsledger.support;

import org.springframework.graphql.test.tester.GraphQlTester;

import java.util.List;
import java.util.Map;

/** Plan mutations over GraphQL as a client writes them, for tests that need a plan to work on. */
public final class PlanClient {

    private final GraphQlTester graphQl;

    public PlanClient(GraphQlTester graphQl) {
        this.graphQl = graphQl;
    }

    /** Runs a plan mutation (document {@code graphql-test/<name>.graphql}) with the given input. */
    public GraphQlTester.Response mutate(String mutation, Map<String, Object> input) {
        return graphQl.documentName(mutation).variable("input", input).execute();
    }

    public String createPlan(String title, String version) {
        GraphQlTester.Response response = mutate("createPlan", Map.of("title", title, "version", version));
        response.path("createPlan.errors").entityList(Object.class).hasSize(0);
        return response.path("createPlan.plan.id").entity(String.class).get();
    }

    public String addPhase(String planId, String title) {
        return created("addPhase", Map.of("planId", planId, "title", title));
    }

    public String addTask(String planId, String phaseId, String description, String... prerequisites) {
        return created("addTask", Map.of("planId", planId, "phaseId", phaseId, "description", description,
                "prerequisites", List.of(prerequisites)));
    }

    public void setTaskStatus(String planId, String taskId, String status) {
        mutate("setTaskStatus", Map.of("planId", planId, "taskId", taskId, "status", status))
                .path("setTaskStatus.errors").entityList(Object.class).hasSize(0);
    }

    private String created(String mutation, Map<String, Object> input) {
        GraphQlTester.Response response = mutate(mutation, input);
        response.path(mutation + ".errors").entityList(Object.class).hasSize(0);
        return response.path(mutation + ".createdId").entity(String.class).get();
    }
}
