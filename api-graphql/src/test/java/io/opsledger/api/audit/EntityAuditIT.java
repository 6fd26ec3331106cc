package io.opsledger.api.audit;

import io.opsledger.support.BackupClient;
import io.opsledger.support.OpsledgerServer;
import io.opsledger.support.PlanClient;
import io.opsledger.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A plan changed 50 times through the API, each change its own request with its own correlation
 * id. The test keeps the plan's expected state itself, change by change, and checks the audit
 * against it: the state as of five instants, the whole history with its metadata, and the fields a
 * diff between two instants names.
 */
class EntityAuditIT {

    private static final String AT = """
            query At($id: ID!, $at: DateTime!) { entityAt(id: $id, at: $at) { id entityType exists revision
              plan { title version status revision phases { id title tasks { id status } } } } }""";
    private static final String HISTORY = """
            query History($id: ID!, $after: String) { entityHistory(id: $id, first: 20, after: $after) {
              edges { cursor node { eventId globalPosition entityId entityType sequenceNumber type payload timestamp
                principal correlationId causationId } }
              pageInfo { hasNextPage endCursor } } }""";
    private static final String CORRELATED = """
            query Correlated($id: ID!) { correlated(correlationId: $id) { edges { node {
              eventId entityType type principal correlationId causationId } } } }""";
    private static final String DIFF = """
            query Diff($id: ID!, $from: DateTime!, $to: DateTime!) { entityDiff(id: $id, from: $from, to: $to) {
              fromRevision toRevision changes { field before after principals events { sequenceNumber type } } } }""";

    private static PostgresTestDatabase database;
    private static OpsledgerServer server;

    /** The plan as the test expects it: field path → value, in the audit's path syntax. */
    private final Map<String, String> expected = new LinkedHashMap<>();
    private final List<String> correlations = new ArrayList<>();
    private String planId;
    private String phaseId;
    private final List<String> taskIds = new ArrayList<>();

    @BeforeAll
    static void start() {
        database = PostgresTestDatabase.freshSchema();
        server = OpsledgerServer.onPostgres(database);
    }

    @AfterAll
    static void stop() {
        server.close();
        database.drop();
    }

    @Test
    void auditsAPlanChangedFiftyTimes() {
        List<Instant> instants = new ArrayList<>();
        List<Map<String, String>> states = new ArrayList<>();
        for (int change = 1; change <= 50; change++) {
            apply(change);
            if (change == 1 || change == 10 || change == 25 || change == 40 || change == 50) {
                instants.add(Instant.now());
                states.add(new LinkedHashMap<>(expected));
            }
        }

        for (int checkpoint = 0; checkpoint < instants.size(); checkpoint++) {
            GraphQlTester.Response at = server.http().document(AT)
                    .variable("id", planId).variable("at", instants.get(checkpoint).toString()).execute();
            at.path("entityAt.entityType").entity(String.class).isEqualTo("Plan");
            at.path("entityAt.exists").entity(Boolean.class).isEqualTo(true);
            assertThat(planState(at)).as("state at checkpoint %d", checkpoint).isEqualTo(states.get(checkpoint));
        }
        int[] revisions = {0, 9, 24, 39, 49};
        for (int checkpoint = 0; checkpoint < revisions.length; checkpoint++) {
            server.http().document(AT).variable("id", planId).variable("at", instants.get(checkpoint).toString())
                    .execute().path("entityAt.plan.revision").entity(Integer.class).isEqualTo(revisions[checkpoint]);
        }

        List<Map<String, Object>> history = history();
        assertThat(history).hasSize(50);
        Set<String> eventIds = new HashSet<>();
        for (int sequence = 0; sequence < 50; sequence++) {
            Map<String, Object> event = history.get(sequence);
            assertThat(event.get("sequenceNumber")).isEqualTo(sequence);
            assertThat(event.get("entityId")).isEqualTo(planId);
            assertThat(event.get("principal")).isEqualTo(OpsledgerServer.ADMIN_PRINCIPAL);
            assertThat(event.get("correlationId")).isEqualTo(correlations.get(sequence));
            assertThat((String) event.get("causationId")).isNotBlank().isNotEqualTo(event.get("eventId"));
            assertThat(event.get("payload")).isInstanceOf(Map.class);
            eventIds.add((String) event.get("eventId"));
        }
        assertThat(eventIds).hasSize(50);
        assertThat(history.getFirst().get("type")).isEqualTo("PlanCreatedEvent");

        GraphQlTester.Response diff = server.http().document(DIFF).variable("id", planId)
                .variable("from", instants.get(2).toString()).variable("to", instants.get(3).toString()).execute();
        List<String> fields = diff.path("entityDiff.changes[*].field").entityList(String.class).get();
        assertThat(new HashSet<>(fields)).isEqualTo(changedFields(states.get(2), states.get(3)));
        diff.path("entityDiff.fromRevision").entity(Integer.class).isEqualTo(24);
        diff.path("entityDiff.toRevision").entity(Integer.class).isEqualTo(39);
        diff.path("entityDiff.changes[?(@.field == 'title')].after").entityList(String.class)
                .containsExactly(states.get(3).get("title"));
        diff.path("entityDiff.changes[?(@.field == 'title')].principals[0]").entityList(String.class)
                .containsExactly(OpsledgerServer.ADMIN_PRINCIPAL);
        List<Integer> titleEvents = diff.path("entityDiff.changes[?(@.field == 'title')].events[*].sequenceNumber")
                .entityList(Integer.class).get();
        assertThat(titleEvents).isNotEmpty().allMatch(sequence -> sequence > 24 && sequence <= 39);
    }

    @Test
    void correlatedListsEveryEventOfOneRequestAcrossEntitiesInOrder() {
        String correlation = "audit-shared-" + UUID.randomUUID();
        PlanClient sameRequest = new PlanClient(server.http().mutate().header("X-Correlation-Id", correlation).build());
        String first = sameRequest.createPlan("First of a batch", "v1");
        String second = sameRequest.createPlan("Second of a batch", "v1");
        new PlanClient(server.http()).createPlan("Unrelated", "v1");

        String query = """
                query C($c: ID!) { correlated(correlationId: $c) { edges { node { entityId type correlationId } } } }""";
        List<String> entities = awaitCorrelated(query, correlation, 2);
        assertThat(entities).containsExactly(first, second);
    }

    @Test
    void diffRejectsReversedInstantsNamingTheArgument() {
        server.http().document(DIFF).variable("id", UUID.randomUUID().toString())
                .variable("from", "2026-01-02T00:00:00Z").variable("to", "2026-01-01T00:00:00Z").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).startsWith("from: must not be after to")));
    }

    @Test
    void entityAtOfAnUnknownIdIsNull() {
        server.http().document(AT).variable("id", UUID.randomUUID().toString()).variable("at", Instant.now().toString())
                .execute().path("entityAt").valueIsNull();
    }

    private List<String> awaitCorrelated(String query, String correlation, int count) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            List<String> entities = server.http().document(query).variable("c", correlation).execute()
                    .path("correlated.edges[*].node.entityId").entityList(String.class).get();
            if (entities.size() >= count || System.nanoTime() > deadline) {
                return entities;
            }
            Thread.onSpinWait();
        }
    }

    /** Sends change number {@code change} in a request of its own and applies it to the expected state. */
    private void apply(int change) {
        String correlation = "audit-it-" + change + "-" + UUID.randomUUID();
        correlations.add(correlation);
        PlanClient plans = new PlanClient(server.http().mutate().header("X-Correlation-Id", correlation).build());
        if (change == 1) {
            planId = plans.createPlan("Audit 1", "v1");
            expected.put("title", "Audit 1");
            expected.put("version", "v1");
            expected.put("status", "DRAFT");
        } else if (change == 2) {
            phaseId = plans.addPhase(planId, "Phase 2");
            expected.put("phases[" + phaseId + "].title", "Phase 2");
        } else if (change <= 5) {
            String task = plans.addTask(planId, phaseId, "Task " + change);
            taskIds.add(task);
            expected.put("phases[" + phaseId + "].tasks[" + task + "].status", "TODO");
        } else if (change == 6) {
            ok(plans, "changePlanStatus", Map.of("id", planId, "status", "ACTIVE"), state -> state.put("status", "ACTIVE"));
        } else {
            switch (change % 4) {
                case 0 -> ok(plans, "renamePlan", Map.of("id", planId, "title", "Audit " + change),
                        state -> state.put("title", "Audit " + change));
                case 1 -> ok(plans, "changePlanVersion", Map.of("id", planId, "version", "v" + change),
                        state -> state.put("version", "v" + change));
                case 2 -> ok(plans, "renamePhase", Map.of("planId", planId, "phaseId", phaseId, "title", "Phase " + change),
                        state -> state.put("phases[" + phaseId + "].title", "Phase " + change));
                default -> {
                    String task = taskIds.get(change % 3);
                    String path = "phases[" + phaseId + "].tasks[" + task + "].status";
                    String status = "TODO".equals(expected.get(path)) ? "IN_PROGRESS" : "TODO";
                    ok(plans, "setTaskStatus", Map.of("planId", planId, "taskId", task, "status", status),
                            state -> state.put(path, status));
                }
            }
        }
    }

    private void ok(PlanClient plans, String mutation, Map<String, Object> input, Consumer<Map<String, String>> change) {
        plans.mutate(mutation, input).path(mutation + ".errors").entityList(Object.class).hasSize(0);
        change.accept(expected);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> planState(GraphQlTester.Response at) {
        Map<String, Object> plan = at.path("entityAt.plan").entity(Map.class).get();
        Map<String, String> state = new LinkedHashMap<>();
        state.put("title", (String) plan.get("title"));
        state.put("version", (String) plan.get("version"));
        state.put("status", (String) plan.get("status"));
        for (Map<String, Object> phase : (List<Map<String, Object>>) plan.get("phases")) {
            state.put("phases[" + phase.get("id") + "].title", (String) phase.get("title"));
            for (Map<String, Object> task : (List<Map<String, Object>>) phase.get("tasks")) {
                state.put("phases[" + phase.get("id") + "].tasks[" + task.get("id") + "].status", (String) task.get("status"));
            }
        }
        return state;
    }

    private static Set<String> changedFields(Map<String, String> before, Map<String, String> after) {
        Set<String> changed = new HashSet<>();
        after.forEach((field, value) -> {
            if (!value.equals(before.get(field))) {
                changed.add(field);
            }
        });
        before.keySet().stream().filter(field -> !after.containsKey(field)).forEach(changed::add);
        return changed;
    }

    /**
     * A failed backup ping makes the alert policy raise an alert: the alert's event belongs to the
     * ping's request (same correlation id, same principal), caused by the policy's command.
     */
    @Test
    @SuppressWarnings("unchecked")
    void anAlertRaisedByAPolicyCarriesTheCorrelationOfThePingThatCausedIt() throws Exception {
        Map<String, Object> job = new BackupClient(server.http()).createJob(Map.of("name", "audit chain " + UUID.randomUUID(),
                "intervalSeconds", 86400, "graceSeconds", 3600));
        HttpResponse<String> ping = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + server.port() + "/ping/" + job.get("pingUuid") + "/fail"))
                .POST(HttpRequest.BodyPublishers.ofString("disk full")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ping.statusCode()).isEqualTo(200);

        Map<String, Object> failure = await().atMost(Duration.ofSeconds(10)).until(
                () -> history((String) job.get("id")).stream().filter(event -> ((String) event.get("type")).contains("Fail"))
                        .findFirst().orElse(null), Objects::nonNull);
        List<Map<String, Object>> request = await().atMost(Duration.ofSeconds(10)).until(
                () -> server.http().document(CORRELATED).variable("id", failure.get("correlationId")).execute()
                        .path("correlated.edges[*].node").entityList(Map.class).get().stream()
                        .map(event -> (Map<String, Object>) event).toList(),
                events -> events.stream().anyMatch(event -> "AlertStream".equals(event.get("entityType"))));

        Map<String, Object> raised = request.stream().filter(event -> "AlertStream".equals(event.get("entityType")))
                .findFirst().orElseThrow();
        assertThat(raised.get("correlationId")).isEqualTo(failure.get("correlationId"));
        assertThat(raised.get("principal")).isEqualTo(failure.get("principal"));
        // Its cause is the command the policy sent (not stored), itself caused by the backup event.
        assertThat((String) raised.get("causationId")).isNotBlank()
                .isNotEqualTo(failure.get("causationId")).isNotEqualTo(raised.get("eventId"));
    }

    private List<Map<String, Object>> history() {
        return history(planId);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> history(String entityId) {
        List<Map<String, Object>> events = new ArrayList<>();
        String after = null;
        do {
            GraphQlTester.Response page = server.http().document(HISTORY).variable("id", entityId).variable("after", after).execute();
            page.path("entityHistory.edges[*].node").entityList(Map.class).get().forEach(node -> events.add(node));
            after = page.path("entityHistory.pageInfo.hasNextPage").entity(Boolean.class).get()
                    ? page.path("entityHistory.pageInfo.endCursor").entity(String.class).get() : null;
        } while (after != null);
        return events;
    }
}
