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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

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

    /**
     * Strict order, per subscriber: revisions only go up, none twice, from the plan as it stood at
     * subscription (0) to the plan after the last change (3). A message may show the plan a change
     * or two later than the event that caused it (the view is read from the read model), so a
     * subscriber may see fewer than one message per change, never an older plan after a newer one.
     */
    @Test
    void eachSubscriberSeesThePlanInStrictRevisionOrderWithTheCurrentPlanFirst() throws Exception {
        PlanClient writer = new PlanClient(server.http());
        String planId = writer.createPlan("Ordered", "v1");
        WebSocketGraphQlTester second = server.webSocket();
        try {
            CountDownLatch registered = new CountDownLatch(2);
            CompletableFuture<List<Integer>> seenByFirst = revisions(subscriber, planId, registered);
            CompletableFuture<List<Integer>> seenBySecond = revisions(second, planId, registered);
            assertThat(registered.await(10, TimeUnit.SECONDS)).as("both subscriptions registered").isTrue();

            String phase = writer.addPhase(planId, "Phase");
            String task = writer.addTask(planId, phase, "Task");
            writer.setTaskStatus(planId, task, "DONE");

            for (List<Integer> seen : List.of(seenByFirst.get(10, TimeUnit.SECONDS), seenBySecond.get(10, TimeUnit.SECONDS))) {
                assertThat(seen).startsWith(0).endsWith(3).isSorted().doesNotHaveDuplicates();
            }
        } finally {
            second.stop().block(Duration.ofSeconds(5));
        }
    }

    /** The revisions one subscriber receives, up to revision 3; {@code registered} counts down on the first. */
    private static CompletableFuture<List<Integer>> revisions(WebSocketGraphQlTester tester, String planId,
                                                             CountDownLatch registered) {
        return tester.documentName("planUpdated")
                .variable("id", planId)
                .variable("includeCurrent", true)
                .executeSubscription()
                .toFlux("planUpdated.revision", Integer.class)
                .index()
                .doOnNext(indexed -> {
                    if (indexed.getT1() == 0) {
                        registered.countDown();
                    }
                })
                .map(indexed -> indexed.getT2())
                .takeUntil(revision -> revision == 3)
                .collectList()
                .toFuture();
    }
}
