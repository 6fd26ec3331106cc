package io.opsledger.api.dashboard;

import io.opsledger.support.OpsledgerServer;
import io.opsledger.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances on one PostgreSQL: both start, one Operations dashboard exists; a live widget on
 * instance B shows an alert raised through instance A.
 */
class DashboardTwoInstancesIT {

    private static PostgresTestDatabase database;
    private static OpsledgerServer instanceA;
    private static OpsledgerServer instanceB;

    @BeforeAll
    static void start() {
        database = PostgresTestDatabase.freshSchema();
        instanceA = OpsledgerServer.onPostgres(database);
        instanceB = OpsledgerServer.onPostgres(database);
    }

    @AfterAll
    static void stop() {
        instanceB.close();
        instanceA.close();
        database.drop();
    }

    @Test
    void bothInstancesStartWithTheSameSingleOperationsDashboard() {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                instanceB.http().documentName("dashboards").variable("first", 100).execute()
                        .path("dashboards.edges[*].node.name").entityList(String.class).containsExactly("Operations"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLiveWidgetOnBShowsAnAlertRaisedThroughA() {
        GraphQlTester.Response created = instanceA.http().documentName("createDashboard").variable("input", Map.of(
                "name", "Critical wall", "widgets", List.of(Map.of("id", "critical", "type", "COUNTER",
                        "dataSource", "open-alerts", "params", List.of(Map.of("name", "minSeverity", "value", "CRITICAL")),
                        "x", 0, "y", 0, "w", 4, "h", 2)))).execute();
        String dashboardId = created.path("createDashboard.dashboard.id").entity(String.class).get();
        // B learns of the dashboard through the shared read model.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> instanceB.http().documentName("dashboard")
                .variable("id", dashboardId).execute().path("dashboard.widgets").entityList(Object.class).hasSize(1));

        WebSocketGraphQlTester subscriber = instanceB.webSocket();
        try {
            Flux<Map<String, Object>> stream = subscriber.documentName("widgetDataStream")
                    .variable("dashboardId", dashboardId).variable("widgetId", "critical")
                    .executeSubscription()
                    .toFlux("widgetData", Map.class)
                    .map(data -> (Map<String, Object>) data);
            long[] raisedAt = new long[1];
            StepVerifier.create(stream)
                    .assertNext(initial -> assertThat(initial).containsEntry("value", 0.0))
                    .then(() -> {
                        instanceA.http().documentName("raiseAlert").variable("input", Map.of("key",
                                "pump:" + UUID.randomUUID(), "severity", "CRITICAL", "title", "Pump down")).execute()
                                .path("raiseAlert.errors").entityList(Object.class).hasSize(0);
                        raisedAt[0] = System.nanoTime();
                    })
                    .assertNext(data -> {
                        assertThat(data).containsEntry("value", 1.0);
                        // One sampling interval plus the projection's and the reload's time.
                        assertThat(Duration.ofNanos(System.nanoTime() - raisedAt[0])).isLessThan(Duration.ofMillis(2500));
                    })
                    .thenCancel()
                    .verify(Duration.ofSeconds(20));
        } finally {
            subscriber.stop().block(Duration.ofSeconds(5));
        }
    }
}
