package io.opsledger.api.plan;

import io.opsledger.support.OpsledgerServer;
import io.opsledger.support.PlanClient;
import io.opsledger.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** planUpdated over graphql-ws: one client subscribes, another changes the plan over HTTP. */
class PlanSubscriptionIT {

    private static PostgresTestDatabase database;
    private static OpsledgerServer server;
    private WebSocketGraphQlTester subscriber;

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

    @BeforeEach
    void connect() {
        subscriber = server.webSocket();
    }

    @AfterEach
    void disconnect() {
        subscriber.stop().block(Duration.ofSeconds(5));
    }

    @Test
    void subscriberReceivesAnotherClientsChangeWithinOneSecond() {
        PlanClient otherClient = new PlanClient(server.http());
        String planId = otherClient.createPlan("Watched", "v1");
        // includeCurrent: the first message proves the subscription is registered before the change is sent.
        Flux<String> titles = subscriber.documentName("planUpdated")
                .variable("id", planId)
                .variable("includeCurrent", true)
                .executeSubscription()
                .toFlux("planUpdated.title", String.class)
                .take(2);

        long[] sentAt = new long[1];
        StepVerifier.create(titles)
                .expectNext("Watched")
                .then(() -> {
                    sentAt[0] = System.nanoTime();
                    otherClient.mutate("renamePlan", Map.of("id", planId, "title", "Renamed elsewhere"))
                            .path("renamePlan.errors").entityList(Object.class).hasSize(0);
                })
                .expectNext("Renamed elsewhere")
                .expectComplete()
                .verify(Duration.ofSeconds(10));
        Duration delay = Duration.ofNanos(System.nanoTime() - sentAt[0]);

        assertThat(delay).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void subscriberSeesEveryChangeInOrderWithTheCurrentPlanFirst() {
        PlanClient writer = new PlanClient(server.http());
        String planId = writer.createPlan("Ordered", "v1");

        Flux<Integer> revisions = subscriber.documentName("planUpdated")
                .variable("id", planId)
                .variable("includeCurrent", true)
                .executeSubscription()
                .toFlux("planUpdated.revision", Integer.class)
                .take(4);

        StepVerifier.create(revisions)
                .expectNext(0)
                .then(() -> {
                    String phase = writer.addPhase(planId, "Phase");
                    String task = writer.addTask(planId, phase, "Task");
                    writer.setTaskStatus(planId, task, "DONE");
                })
                // One message per change, each the plan as it stands after (at least) that change.
                .assertNext(revision -> assertThat(revision).isBetween(1, 3))
                .assertNext(revision -> assertThat(revision).isBetween(2, 3))
                .expectNext(3)
                .expectComplete()
                .verify(Duration.ofSeconds(10));
    }
}
