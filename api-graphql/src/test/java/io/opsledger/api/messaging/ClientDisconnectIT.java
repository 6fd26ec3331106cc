package io.opsledger.api.messaging;

import io.opsledger.support.OpsledgerServer;
import io.opsledger.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that go away in the middle of a command: 32 clients send {@code createPlan} at once, and
 * every fourth drops each of its requests after a random few milliseconds. Whatever the dropped
 * requests were doing, the other clients see no error, the store keeps answering, and every
 * dropped request, sent again with its idempotency key, ends as exactly one plan.
 */
class ClientDisconnectIT {

    private static final int CLIENTS = 32;
    private static final int REQUESTS_PER_CLIENT = 5;
    private static final String CREATE_PLAN = """
            mutation CreatePlan($input: CreatePlanInput!) {
              createPlan(input: $input) { createdId readModelBehind plan { id title } errors { code message } }
            }""";

    @TempDir
    Path dataDir;

    @Test
    void embeddedDefaultSurvivesClientsThatDisconnectMidCommand() {
        try (OpsledgerServer server = OpsledgerServer.embedded(dataDir)) {
            survivesDisconnects(server);
        }
    }

    @Test
    void postgresSurvivesClientsThatDisconnectMidCommand() {
        PostgresTestDatabase database = PostgresTestDatabase.freshSchema();
        try (OpsledgerServer server = OpsledgerServer.onPostgres(database)) {
            survivesDisconnects(server);
        } finally {
            database.drop();
        }
    }

    private static void survivesDisconnects(OpsledgerServer server) {
        WebClient client = server.graphQlClient();
        long started = System.nanoTime();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        Queue<String> dropped = new ConcurrentLinkedQueue<>();
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger behind = new AtomicInteger();

        Flux.range(0, CLIENTS).flatMap(clientNo -> Flux.range(0, REQUESTS_PER_CLIENT).concatMap(requestNo -> {
            String key = "disconnect-" + clientNo + "-" + requestNo + "-" + UUID.randomUUID();
            boolean leaves = clientNo % 4 == 0;
            Mono<Map<String, Object>> call = createPlan(client, key, "Plan " + clientNo + "/" + requestNo);
            if (leaves) {
                return call.timeout(Duration.ofMillis(ThreadLocalRandom.current().nextInt(1, 15)))
                        .doOnNext(answer -> answered.incrementAndGet())
                        .onErrorResume(TimeoutException.class, gone -> Mono.empty())
                        .doFinally(signal -> dropped.add(key))
                        .then();
            }
            return call.doOnNext(answer -> {
                        if (!errorsOf(answer).isEmpty()) {
                            failures.add(key + ": " + answer);
                        } else if (Boolean.TRUE.equals(payload(answer).get("readModelBehind"))) {
                            behind.incrementAndGet();
                        }
                        answered.incrementAndGet();
                    })
                    .onErrorResume(failure -> {
                        failures.add(key + ": " + failure);
                        return Mono.empty();
                    })
                    .then();
        }), CLIENTS).blockLast(Duration.ofSeconds(120));

        long loaded = System.nanoTime();
        assertThat(failures).as("errors seen by the clients that stayed").isEmpty();
        assertThat(dropped).hasSize(CLIENTS / 4 * REQUESTS_PER_CLIENT);

        // Each dropped request, sent again with its key, ends as exactly one plan.
        Flux.fromIterable(dropped)
                .flatMap(key -> createPlan(client, key, "again"), 8)
                .doOnNext(answer -> assertThat(errorsOf(answer)).isEmpty())
                .blockLast(Duration.ofSeconds(60));
        System.out.printf("ClientDisconnectIT: %d clients x %d createPlan in %d ms (%d answered, %d behind), %d dropped requests"
                        + " sent again in %d ms%n", CLIENTS, REQUESTS_PER_CLIENT, (loaded - started) / 1_000_000,
                answered.get(), behind.get(), dropped.size(), (System.nanoTime() - loaded) / 1_000_000);
        long created = server.jdbc().sql("SELECT COUNT(*) FROM domainevententry WHERE payloadtype LIKE :type")
                .param("type", "%PlanCreatedEvent").query(Long.class).single();
        assertThat(created).as("plans created: one per request, whether its client stayed or not")
                .isEqualTo(CLIENTS * REQUESTS_PER_CLIENT);

        Map<String, Object> after = createPlan(client, UUID.randomUUID().toString(), "After").block(Duration.ofSeconds(10));
        assertThat(errorsOf(after)).as("the store still answers").isEmpty();
        assertThat(payload(after).get("readModelBehind")).isEqualTo(false);
    }

    private static Mono<Map<String, Object>> createPlan(WebClient client, String key, String title) {
        return client.post()
                .header("Idempotency-Key", key)
                .bodyValue(Map.of("query", CREATE_PLAN, "variables",
                        Map.of("input", Map.of("title", title, "version", "v1"))))
                .retrieve()
                .bodyToMono(new ParameterizedTypeReference<Map<String, Object>>() { });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> payload(Map<String, Object> answer) {
        return (Map<String, Object>) ((Map<String, Object>) answer.get("data")).get("createPlan");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> errorsOf(Map<String, Object> answer) {
        if (answer.get("errors") != null) {
            return (List<Object>) answer.get("errors");
        }
        return (List<Object>) payload(answer).get("errors");
    }
}
