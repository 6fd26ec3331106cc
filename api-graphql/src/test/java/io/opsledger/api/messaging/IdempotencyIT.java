package io.opsledger.api.messaging;

import io.opsledger.support.OpsledgerServer;
import io.opsledger.support.PostgresTestDatabase;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuple2;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mutation sent twice with one idempotency key appends one event and answers the same twice:
 * when both copies arrive at once (on one instance, and on two instances sharing PostgreSQL), and
 * when the first answer came back flagged {@code readModelBehind} because the read model was
 * stopped, as a client whose wait timed out would see it before retrying.
 */
class IdempotencyIT {

    private static final String CREATE_PLAN = """
            mutation CreatePlan($input: CreatePlanInput!) {
              createPlan(input: $input) {
                createdId readModelBehind errors { code message }
                plan { id title version revision createdAt updatedAt }
              }
            }""";
    private static final String RENAME_PLAN = """
            mutation RenamePlan($input: RenamePlanInput!) {
              renamePlan(input: $input) {
                createdId readModelBehind errors { code message }
                plan { id title revision updatedAt }
              }
            }""";
    private static final String PLAN = "query Plan($id: ID!) { plan(id: $id) { title revision } }";

    private static PostgresTestDatabase database;
    private static OpsledgerServer instanceA;
    private static OpsledgerServer instanceB;

    @BeforeAll
    static void start() {
        database = PostgresTestDatabase.freshSchema();
        instanceA = OpsledgerServer.onPostgres(database, "opsledger.read-your-writes-timeout=500ms");
        instanceB = OpsledgerServer.onPostgres(database, "opsledger.read-your-writes-timeout=500ms");
    }

    @AfterAll
    static void stop() {
        instanceB.close();
        instanceA.close();
        database.drop();
    }

    @Test
    void twoCopiesAtOnceOnOneInstanceCreateOnePlanAndAnswerAlike() {
        String key = "same-instance-" + UUID.randomUUID();
        long before = events("PlanCreatedEvent");
        Tuple2<Map<String, Object>, Map<String, Object>> answers = Mono.zip(
                createPlan(instanceA, key, "Once"), createPlan(instanceA, key, "Once")).block(Duration.ofSeconds(30));

        assertOneCreationAnsweredTwiceAlike(answers.getT1(), answers.getT2(), before);
    }

    @Test
    void twoCopiesAtOnceOnTwoInstancesCreateOnePlanAndAnswerAlike() {
        for (int attempt = 0; attempt < 5; attempt++) {
            String key = "two-instances-" + attempt + "-" + UUID.randomUUID();
            long before = events("PlanCreatedEvent");
            Tuple2<Map<String, Object>, Map<String, Object>> answers = Mono.zip(
                    createPlan(instanceA, key, "Once"), createPlan(instanceB, key, "Once")).block(Duration.ofSeconds(30));

            assertOneCreationAnsweredTwiceAlike(answers.getT1(), answers.getT2(), before);
        }
    }

    @Test
    void aRetryAfterAnAnswerFlaggedBehindAppendsNothingAndAnswersTheSame() {
        Map<String, Object> created = createPlan(instanceA, UUID.randomUUID().toString(), "Before").block();
        String planId = (String) payload(created, "createPlan").get("createdId");
        String key = "after-timeout-" + UUID.randomUUID();
        Map<String, Object> input = Map.of("id", planId, "title", "After");

        List<EventProcessor> stopped = stopPlanOverview();
        Map<String, Object> first;
        Map<String, Object> retry;
        try {
            first = send(instanceA, key, RENAME_PLAN, input).block(Duration.ofSeconds(30));
            retry = send(instanceA, key, RENAME_PLAN, input).block(Duration.ofSeconds(30));
        } finally {
            stopped.forEach(EventProcessor::start);
        }

        Map<String, Object> answer = payload(first, "renamePlan");
        assertThat(answer.get("errors")).asList().isEmpty();
        assertThat(answer.get("readModelBehind")).as("the read model was stopped: the answer says so").isEqualTo(true);
        assertThat(answer).extractingByKey("plan").extracting("title").isEqualTo("Before");
        assertThat(retry).isEqualTo(first);
        assertThat(events("PlanRenamedEvent", planId)).isEqualTo(1);

        // Once the read model runs again it shows the one rename; a third copy answers it, appending nothing.
        Map<String, Object> third = send(instanceA, key, RENAME_PLAN, input).block(Duration.ofSeconds(30));
        assertThat(payload(third, "renamePlan")).extractingByKey("plan").extracting("title").isEqualTo("After");
        assertThat(payload(third, "renamePlan").get("readModelBehind")).isEqualTo(false);
        assertThat(events("PlanRenamedEvent", planId)).isEqualTo(1);
    }

    private static void assertOneCreationAnsweredTwiceAlike(Map<String, Object> first, Map<String, Object> second,
                                                            long plansBefore) {
        Map<String, Object> answer = payload(first, "createPlan");
        assertThat(answer.get("errors")).asList().isEmpty();
        assertThat(answer.get("createdId")).isNotNull();
        assertThat(answer).extractingByKey("plan").extracting("id").isEqualTo(answer.get("createdId"));
        assertThat(second).isEqualTo(first);
        assertThat(events("PlanCreatedEvent") - plansBefore).as("plans created by the two copies").isEqualTo(1);
    }

    /** Stops the plan-overview processor on both instances, so neither can take over the other's token. */
    private static List<EventProcessor> stopPlanOverview() {
        List<EventProcessor> processors = List.of(instanceA, instanceB).stream()
                .map(server -> server.bean(EventProcessingConfiguration.class).eventProcessor("plan-overview").orElseThrow())
                .toList();
        processors.forEach(EventProcessor::shutDown);
        return processors;
    }

    private static long events(String type) {
        return instanceA.jdbc().sql("SELECT COUNT(*) FROM domainevententry WHERE payloadtype LIKE :type")
                .param("type", "%" + type)
                .query(Long.class).single();
    }

    private static long events(String type, String aggregateId) {
        return instanceA.jdbc().sql("SELECT COUNT(*) FROM domainevententry WHERE payloadtype LIKE :type"
                        + " AND aggregateidentifier = :id")
                .param("type", "%" + type)
                .param("id", aggregateId)
                .query(Long.class).single();
    }

    private static Mono<Map<String, Object>> createPlan(OpsledgerServer server, String key, String title) {
        return send(server, key, CREATE_PLAN, Map.of("title", title, "version", "v1"));
    }

    private static Mono<Map<String, Object>> send(OpsledgerServer server, String key, String document,
                                                  Map<String, Object> input) {
        WebClient client = server.graphQlClient();
        return client.post()
                .header("Idempotency-Key", key)
                .bodyValue(Map.of("query", document, "variables", Map.of("input", input)))
                .retrieve()
                .bodyToMono(new ParameterizedTypeReference<Map<String, Object>>() { });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> payload(Map<String, Object> answer, String field) {
        assertThat(answer.get("errors")).as("GraphQL errors of %s", answer).isNull();
        return (Map<String, Object>) ((Map<String, Object>) answer.get("data")).get(field);
    }
}
