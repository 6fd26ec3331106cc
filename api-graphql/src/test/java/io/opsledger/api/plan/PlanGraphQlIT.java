package io.opsledger.api.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opsledger.support.OpsledgerServer;
import io.opsledger.support.PlanClient;
import io.opsledger.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Plans over real HTTP against the real application on PostgreSQL. */
class PlanGraphQlIT {

    private static PostgresTestDatabase database;
    private static OpsledgerServer server;
    private static PlanClient plans;

    @BeforeAll
    static void start() {
        database = PostgresTestDatabase.freshSchema();
        server = OpsledgerServer.onPostgres(database);
        plans = new PlanClient(server.http());
    }

    @AfterAll
    static void stop() {
        server.close();
        database.drop();
    }

    @Test
    void createdPlanIsReadBackWithItsPhasesAndTasks() {
        String planId = plans.createPlan("Planning ecosystem sync", "v55");
        String phase = plans.addPhase(planId, "Foundation");
        String task = plans.addTask(planId, phase, "Write the parser");

        GraphQlTester.Response plan = server.http().documentName("plan").variable("id", planId).execute();
        plan.path("plan.title").entity(String.class).isEqualTo("Planning ecosystem sync");
        plan.path("plan.version").entity(String.class).isEqualTo("v55");
        plan.path("plan.status").entity(String.class).isEqualTo("DRAFT");
        plan.path("plan.revision").entity(Integer.class).isEqualTo(2);
        plan.path("plan.phases[0].number").entity(Integer.class).isEqualTo(1);
        plan.path("plan.phases[0].tasks[0].id").entity(String.class).isEqualTo(task);
        plan.path("plan.phases[0].tasks[0].status").entity(String.class).isEqualTo("TODO");
        plan.path("plan.phases[0].tasks[0].priority").entity(String.class).isEqualTo("MEDIUM");
    }

    @Test
    void rejectsCompletingTaskWhosePrerequisiteIsNotDone() {
        String planId = plans.createPlan("Release", "v1");
        String phase = plans.addPhase(planId, "Build");
        String compile = plans.addTask(planId, phase, "Compile");
        String ship = plans.addTask(planId, phase, "Ship", compile);

        GraphQlTester.Response response = plans.mutate("setTaskStatus",
                Map.of("planId", planId, "taskId", ship, "status", "DONE"));

        response.path("setTaskStatus.plan").valueIsNull();
        response.path("setTaskStatus.errors[0].code").entity(String.class).isEqualTo("VALIDATION");
        response.path("setTaskStatus.errors[0].rule").entity(String.class).isEqualTo("PREREQUISITE_NOT_DONE");
        response.path("setTaskStatus.errors[0].field").entity(String.class).isEqualTo("status");
        response.path("setTaskStatus.errors[0].message").entity(String.class)
                .satisfies(message -> assertThat(message).contains(compile));

        plans.setTaskStatus(planId, compile, "DONE");
        plans.setTaskStatus(planId, ship, "DONE");
    }

    @Test
    void rejectsPrerequisiteCycle() {
        String planId = plans.createPlan("Cycle", "v2");
        String phase = plans.addPhase(planId, "Only phase");
        String first = plans.addTask(planId, phase, "First");
        String second = plans.addTask(planId, phase, "Second", first);
        String third = plans.addTask(planId, phase, "Third", second);

        GraphQlTester.Response response = plans.mutate("setTaskPrerequisites",
                Map.of("planId", planId, "taskId", first, "prerequisites", List.of(third)));

        response.path("setTaskPrerequisites.errors[0].code").entity(String.class).isEqualTo("VALIDATION");
        response.path("setTaskPrerequisites.errors[0].rule").entity(String.class).isEqualTo("PREREQUISITE_CYCLE");
        response.path("setTaskPrerequisites.errors[0].path").entityList(String.class)
                .containsExactly("input", "prerequisites");
    }

    @Test
    void progressIsTheMeanOfPhaseProgress() {
        String planId = plans.createPlan("Progress", "v3");
        String first = plans.addPhase(planId, "First");
        String second = plans.addPhase(planId, "Second");
        String a = plans.addTask(planId, first, "a");
        plans.addTask(planId, first, "b");
        plans.addTask(planId, second, "c");

        plans.setTaskStatus(planId, a, "DONE");

        GraphQlTester.Response plan = server.http().documentName("plan").variable("id", planId).execute();
        plan.path("plan.phases[0].progress").entity(Double.class).isEqualTo(50.0);
        plan.path("plan.phases[1].progress").entity(Double.class).isEqualTo(0.0);
        plan.path("plan.progress").entity(Double.class).isEqualTo(25.0);
    }

    @Test
    void mutationOnUnknownPlanIsNotFound() {
        String unknown = UUID.randomUUID().toString();

        GraphQlTester.Response response = plans.mutate("renamePlan", Map.of("id", unknown, "title", "Nope"));

        response.path("renamePlan.errors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
        response.path("renamePlan.errors[0].entity").entity(String.class).isEqualTo("Plan");
        response.path("renamePlan.errors[0].id").entity(String.class).isEqualTo(unknown);
    }

    @Test
    void invalidInputNamesTheRuleAndTheField() {
        GraphQlTester.Response version = plans.mutate("createPlan", Map.of("title", "Bad", "version", "55"));
        version.path("createPlan.errors[0].rule").entity(String.class).isEqualTo("VERSION_FORMAT");
        version.path("createPlan.errors[0].field").entity(String.class).isEqualTo("version");

        String planId = plans.createPlan("Dates", "v4");
        String phase = plans.addPhase(planId, "Phase");
        GraphQlTester.Response date = plans.mutate("addTask",
                Map.of("planId", planId, "phaseId", phase, "description", "Late", "dueDate", "2026-02-30"));
        date.path("addTask.errors[0].rule").entity(String.class).isEqualTo("DATE_FORMAT");
        date.path("addTask.errors[0].message").entity(String.class)
                .satisfies(message -> assertThat(message).contains("YYYY-MM-DD").contains("2026-02-30"));
    }

    @Test
    void creatingTwoPlansWithOneIdIsRefused() {
        String id = UUID.randomUUID().toString();
        plans.mutate("createPlan", Map.of("id", id, "title", "First", "version", "v1"))
                .path("createPlan.errors").entityList(Object.class).hasSize(0);

        GraphQlTester.Response second = plans.mutate("createPlan", Map.of("id", id, "title", "Second", "version", "v1"));

        second.path("createPlan.errors[0].rule").entity(String.class).isEqualTo("ID_ALREADY_USED");
    }

    @Test
    void plansArePagedWithCursorsInCreationOrder() {
        for (int i = 0; i < 5; i++) {
            plans.createPlan("Paged " + i, "v" + i);
        }
        List<String> all = ids(server.http().documentName("plans").variable("first", 100).execute());

        List<String> paged = new ArrayList<>();
        String after = null;
        boolean hasNext = true;
        while (hasNext) {
            GraphQlTester.Response page = server.http().documentName("plans")
                    .variable("first", 2).variable("after", after).execute();
            List<String> ids = ids(page);
            assertThat(ids).hasSizeLessThanOrEqualTo(2);
            paged.addAll(ids);
            hasNext = page.path("plans.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = page.path("plans.pageInfo.endCursor").entity(String.class).get();
        }

        assertThat(paged).isEqualTo(all).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void pageSizeAboveTheMaximumIsRefused() {
        server.http().documentName("plans").variable("first", 101).execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.getFirst().getMessage()).contains("first").contains("100");
                    assertThat(errors.getFirst().getErrorType().toString()).isEqualTo("BAD_REQUEST");
                });
    }

    @Test
    void malformedIdGetsAnErrorThatSaysWhatAnIdIs() {
        server.http().documentName("plan").variable("id", "not-a-uuid").execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.getFirst().getMessage()).contains("id").contains("not-a-uuid").contains("UUID");
                    assertThat(errors.getFirst().getMessage()).doesNotContain("Exception").doesNotContain("at io.");
                });
    }

    @Test
    void everyEventCarriesPrincipalCorrelationCausationAndTimestamp() throws Exception {
        String correlation = "corr-" + UUID.randomUUID();
        String operator = "planner-" + UUID.randomUUID().toString().substring(0, 8);
        HttpGraphQlTester client = server.http(server.createToken(operator, "OPERATOR")).mutate()
                .header("X-Correlation-Id", correlation).build();
        String planId = new PlanClient(client).createPlan("Audited", "v9");

        String metadataJson = server.jdbc()
                .sql("SELECT convert_from(metadata, 'UTF8') FROM domainevententry WHERE aggregateidentifier = :id")
                .param("id", planId)
                .query(String.class)
                .single();
        JsonNode metadata = new ObjectMapper().readTree(metadataJson);

        assertThat(metadata.path("principal").asText()).isEqualTo(operator);
        assertThat(metadata.path("correlationId").asText()).isEqualTo(correlation);
        assertThat(metadata.path("causationId").asText()).isNotBlank().isNotEqualTo(correlation);
        assertThat(Instant.parse(metadata.path("timestamp").asText())).isBefore(Instant.now());
        String payload = server.jdbc()
                .sql("SELECT convert_from(payload, 'UTF8') FROM domainevententry WHERE aggregateidentifier = :id")
                .param("id", planId)
                .query(String.class)
                .single();
        assertThat(new ObjectMapper().readTree(payload).path("title").asText()).isEqualTo("Audited");
    }

    private static List<String> ids(GraphQlTester.Response response) {
        return response.path("plans.edges[*].node.id").entityList(String.class).get();
    }
}
