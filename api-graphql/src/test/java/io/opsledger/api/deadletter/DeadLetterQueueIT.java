package io.opsledger.api.deadletter;

import io.opsledger.kernel.plan.PlanId;
import io.opsledger.kernel.plan.RenamePlanCommand;
import io.opsledger.support.OpsledgerServer;
import io.opsledger.support.PlanClient;
import io.opsledger.support.PostgresTestDatabase;
import io.opsledger.support.SearchClient;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A projection that fails on one entity's event parks it (on PostgreSQL, with a real SQL error),
 * keeps that entity's later events behind it, goes on with other entities, lists it in
 * {@code deadLetters}, raises an alert, and after the fault is removed applies it on
 * {@code retryDeadLetters}: the read model then equals what a fresh replay gives.
 */
class DeadLetterQueueIT {

    private static final List<String> PLAN_TABLES = List.of("plan_summary", "plan_phase", "plan_task");
    private static PostgresTestDatabase database;
    private static OpsledgerServer server;

    @BeforeAll
    static void start() {
        database = PostgresTestDatabase.freshSchema();
        server = OpsledgerServer.onPostgres(database, "spring.main.sources=" + ProjectionFaultSwitch.class.getName());
    }

    @AfterAll
    static void stop() {
        server.close();
        database.drop();
    }

    @Test
    void parksTheFailingEntityRetriesItAndMatchesAFreshReplay() {
        HttpGraphQlTester graphQl = server.http();
        PlanClient plans = new PlanClient(graphQl);
        String broken = plans.createPlan("Broken", "v1");
        String healthy = plans.createPlan("Healthy", "v1");
        ProjectionFaultSwitch fault = server.bean(ProjectionFaultSwitch.class);
        CommandGateway commands = server.bean(CommandGateway.class);

        fault.failFor("plan-overview", broken);
        commands.sendAndWait(new RenamePlanCommand(new PlanId(UUID.fromString(broken)), "Broken, renamed once"));
        commands.sendAndWait(new RenamePlanCommand(new PlanId(UUID.fromString(broken)), "Broken, renamed twice"));
        commands.sendAndWait(new RenamePlanCommand(new PlanId(UUID.fromString(healthy)), "Healthy, renamed"));

        JdbcClient jdbc = server.jdbc();
        await().atMost(Duration.ofSeconds(10)).until(() -> title(jdbc, healthy).equals("Healthy, renamed"));
        assertThat(title(jdbc, broken)).isEqualTo("Broken");

        List<Map<String, Object>> letters = deadLetters(graphQl);
        assertThat(letters).hasSize(2);
        assertThat(letters).allSatisfy(letter -> {
            assertThat(letter).containsEntry("processingGroup", "plan-overview")
                    .containsEntry("eventType", "PlanRenamedEvent");
            assertThat((String) letter.get("entity")).contains(broken);
            assertThat(letter.get("firstFailure")).isNotNull();
        });
        assertThat(letters.get(0)).containsEntry("attempts", 1);
        assertThat((String) letters.get(0).get("cause")).containsIgnoringCase("division by zero");
        assertThat(letters.get(1)).containsEntry("attempts", 0).containsEntry("cause", null);
        await().atMost(Duration.ofSeconds(10)).until(() -> parkedAlertStatus(graphQl, broken).equals("OPEN"));

        fault.heal();
        Map<String, Object> retried = graphQl.document("""
                        mutation { retryDeadLetters(input: {processingGroup: "plan-overview"}) {
                            applied remaining { id } errors { message } } }""")
                .execute().path("retryDeadLetters").entity(Map.class).get();
        assertThat(retried).containsEntry("applied", 2).containsEntry("remaining", List.of())
                .containsEntry("errors", List.of());
        assertThat(title(jdbc, broken)).isEqualTo("Broken, renamed twice");
        assertThat(deadLetters(graphQl)).isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> parkedAlertStatus(graphQl, broken).equals("RESOLVED"));

        Map<String, List<Map<String, Object>>> afterRetry = snapshot(jdbc);
        replay(server.bean(EventProcessingConfiguration.class));
        await().atMost(Duration.ofSeconds(20)).until(() -> snapshot(jdbc).equals(afterRetry));
    }

    @Test
    void theSearchIndexParksTheFailingEntityAndRetryIndexesIt() {
        HttpGraphQlTester graphQl = server.http();
        PlanClient plans = new PlanClient(graphQl);
        SearchClient search = new SearchClient(graphQl);
        String broken = plans.createPlan("Zanzibar ferry timetable", "v1");
        String healthy = plans.createPlan("Quokka habitat survey", "v1");
        SearchClient.awaitIndexed(server);
        ProjectionFaultSwitch fault = server.bean(ProjectionFaultSwitch.class);
        CommandGateway commands = server.bean(CommandGateway.class);

        fault.failFor("search-index", broken);
        commands.sendAndWait(new RenamePlanCommand(new PlanId(UUID.fromString(broken)), "Kilimanjaro ferry timetable"));
        commands.sendAndWait(new RenamePlanCommand(new PlanId(UUID.fromString(healthy)), "Wombat habitat survey"));
        SearchClient.awaitIndexed(server);

        assertThat(search.ids("wombat")).as("another entity's later event is indexed").contains(healthy);
        assertThat(search.ids("kilimanjaro")).as("the parked rename is not in the index").doesNotContain(broken);
        List<Map<String, Object>> letters = deadLetters(graphQl).stream()
                .filter(letter -> "search-index".equals(letter.get("processingGroup"))).toList();
        assertThat(letters).singleElement().satisfies(letter -> {
            assertThat(letter).containsEntry("eventType", "PlanRenamedEvent");
            assertThat((String) letter.get("entity")).contains(broken);
        });

        fault.heal();
        Map<String, Object> retried = graphQl.document("""
                        mutation { retryDeadLetters(input: {processingGroup: "search-index"}) {
                            applied remaining { id } errors { message } } }""")
                .execute().path("retryDeadLetters").entity(Map.class).get();
        assertThat(retried).containsEntry("applied", 1).containsEntry("remaining", List.of());
        assertThat(search.ids("kilimanjaro")).as("the retried rename is searchable").contains(broken);
        assertThat(search.ids("zanzibar")).as("and the old title is gone").doesNotContain(broken);
    }

    @Test
    void evictingAnUnknownDeadLetterAnswersNotFound() {
        String id = UUID.randomUUID().toString();
        Map<String, Object> error = server.http().document("""
                        mutation($id: ID!) { evictDeadLetter(input: {id: $id}) {
                            evicted { id } errors { code message } } }""")
                .variable("id", id).execute().path("evictDeadLetter.errors[0]").entity(Map.class).get();
        assertThat(error).containsEntry("code", "NOT_FOUND");
        assertThat((String) error.get("message")).contains(id);
    }

    private static void replay(EventProcessingConfiguration processing) {
        TrackingEventProcessor processor = processing.eventProcessor("plan-overview", TrackingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> !processor.isReplaying()
                && processor.processingStatus().values().stream().allMatch(status -> status.isCaughtUp()));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> deadLetters(HttpGraphQlTester graphQl) {
        return graphQl.document("""
                        { deadLetters { id processingGroup entity eventType eventId cause firstFailure lastAttempt attempts } }""")
                .execute().path("deadLetters").entity(List.class).get();
    }

    @SuppressWarnings("unchecked")
    private static String parkedAlertStatus(HttpGraphQlTester graphQl, String planId) {
        List<Map<String, Object>> edges = graphQl.document("{ alerts(first: 100) { edges { node { key kind status } } } }")
                .execute().path("alerts.edges").entity(List.class).get();
        return edges.stream().map(edge -> (Map<String, Object>) edge.get("node"))
                .filter(node -> "EVENT_PARKED".equals(node.get("kind")) && ((String) node.get("key")).contains(planId))
                .map(node -> (String) node.get("status")).findFirst().orElse("NONE");
    }

    private static String title(JdbcClient jdbc, String planId) {
        return jdbc.sql("SELECT title FROM plan_summary WHERE plan_id = ?").param(UUID.fromString(planId))
                .query(String.class).single();
    }

    private static Map<String, List<Map<String, Object>>> snapshot(JdbcClient jdbc) {
        return PLAN_TABLES.stream().collect(java.util.stream.Collectors.toMap(table -> table,
                table -> jdbc.sql("SELECT * FROM " + table + " ORDER BY 1, 2").query().listOfRows()));
    }
}
