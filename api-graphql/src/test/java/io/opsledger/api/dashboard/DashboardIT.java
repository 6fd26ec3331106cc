package io.opsledger.api.dashboard;

import io.opsledger.kernel.dashboard.DashboardId;
import io.opsledger.support.BackupClient;
import io.opsledger.support.OpsledgerServer;
import io.opsledger.support.PlanClient;
import io.opsledger.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * Dashboards end to end on PostgreSQL: the default dashboard, the grid rules as typed errors, each
 * data source's exact numbers for known events, and a live widget over graphql-ws.
 * The exact-numbers test runs before the live one, whose backups would count in the unfiltered counter.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardIT {

    private static PostgresTestDatabase database;
    private static OpsledgerServer server;
    private static final WebClient HTTP = WebClient.create();

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

    private static GraphQlTester.Response mutate(String mutation, Map<String, Object> input) {
        return server.http().documentName(mutation).variable("input", input).execute();
    }

    private static Map<String, Object> widget(String id, String type, String source, Map<String, String> params,
                                              int x, int y, int w, int h) {
        return Map.of("id", id, "type", type, "title", id, "dataSource", source, "x", x, "y", y, "w", w, "h", h,
                "params", params.entrySet().stream().map(p -> Map.of("name", p.getKey(), "value", p.getValue())).toList());
    }

    private static String createDashboard(String name, List<Map<String, Object>> widgets) {
        GraphQlTester.Response created = mutate("createDashboard", Map.of("name", name, "widgets", widgets));
        created.path("createDashboard.errors").entityList(Object.class).hasSize(0);
        return created.path("createDashboard.dashboard.id").entity(String.class).get();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> widgetData(String dashboardId, String widgetId) {
        return server.http().documentName("widgetData").variable("dashboardId", dashboardId)
                .variable("widgetId", widgetId).execute().path("widgetData").entity(Map.class).get();
    }

    private static Map<String, Object> awaitWidgetData(String dashboardId, String widgetId,
                                                       Predicate<Map<String, Object>> until) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> widgetData(dashboardId, widgetId), until);
    }

    private static String ping(Map<String, Object> job) {
        return "http://localhost:" + server.port() + "/ping/" + job.get("pingUuid");
    }

    private static void succeed(Map<String, Object> job) {
        HTTP.get().uri(ping(job)).retrieve().bodyToMono(String.class).block(Duration.ofSeconds(10));
    }

    private static void fail(Map<String, Object> job) {
        HTTP.post().uri(ping(job) + "/fail").bodyValue("disk full").retrieve().bodyToMono(String.class)
                .block(Duration.ofSeconds(10));
    }

    @Test
    void theOperationsDashboardExistsAfterTheFirstStartAndOnlyOnce() {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                server.http().documentName("dashboard").variable("id", DashboardId.OPERATIONS.toString()).execute()
                        .path("dashboard.widgets").entityList(Object.class).hasSize(5));
        GraphQlTester.Response dashboard = server.http().documentName("dashboard")
                .variable("id", DashboardId.OPERATIONS.toString()).execute();
        dashboard.path("dashboard.name").entity(String.class).isEqualTo("Operations");
        dashboard.path("dashboard.widgets[*].dataSource").entityList(String.class).containsExactly(
                "open-alerts", "backup-successes-24h", "plan-progress", "pipeline-runs-by-state", "recent-changes");

        GraphQlTester.Response again = mutate("createDashboard", Map.of("id", DashboardId.OPERATIONS.toString(),
                "name", "Operations"));
        again.path("createDashboard.errors[0].rule").entity(String.class).isEqualTo("ID_ALREADY_USED");
    }

    @Test
    void gridRulesAndConcurrentEditsAnswerTypedErrors() {
        String id = createDashboard("Wall", List.of(
                widget("alerts", "LIST", "open-alerts", Map.of(), 0, 0, 6, 4),
                widget("backups", "COUNTER", "backup-successes-24h", Map.of(), 6, 0, 6, 4)));

        mutate("addWidget", Map.of("dashboardId", id,
                "widget", widget("changes", "TIMELINE", "recent-changes", Map.of(), 4, 2, 4, 4)))
                .path("addWidget.errors[0].rule").entity(String.class).isEqualTo("WIDGET_OVERLAP");
        mutate("addWidget", Map.of("dashboardId", id,
                "widget", widget("changes", "TIMELINE", "recent-changes", Map.of(), 10, 4, 4, 4)))
                .path("addWidget.errors[0].rule").entity(String.class).isEqualTo("WIDGET_OUTSIDE_GRID");
        mutate("addWidget", Map.of("dashboardId", id,
                "widget", widget("alerts", "LIST", "open-alerts", Map.of(), 0, 4, 4, 4)))
                .path("addWidget.errors[0].rule").entity(String.class).isEqualTo("WIDGET_ID_TAKEN");
        mutate("addWidget", Map.of("dashboardId", id,
                "widget", widget("weather", "COUNTER", "weather", Map.of(), 0, 4, 4, 4)))
                .path("addWidget.errors[0].rule").entity(String.class).isEqualTo("DATA_SOURCE_UNKNOWN");
        GraphQlTester.Response ghost = mutate("removeWidget", Map.of("dashboardId", id, "widgetId", "ghost"));
        ghost.path("removeWidget.errors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
        ghost.path("removeWidget.errors[0].entity").entity(String.class).isEqualTo("Widget");
        ghost.path("removeWidget.errors[0].id").entity(String.class).isEqualTo("ghost");
        mutate("moveWidget", Map.of("dashboardId", UUID.randomUUID().toString(), "widgetId", "alerts",
                "x", 0, "y", 0, "w", 1, "h", 1))
                .path("moveWidget.errors[0].code").entity(String.class).isEqualTo("NOT_FOUND");

        // Two editors saw revision 2; the first shrinks the alerts, the second moves the backups: both apply.
        mutate("moveWidget", Map.of("dashboardId", id, "widgetId", "alerts", "x", 0, "y", 0, "w", 3, "h", 4,
                "basedOnRevision", 2))
                .path("moveWidget.dashboard.revision").entity(Integer.class).isEqualTo(3);
        GraphQlTester.Response merged = mutate("moveWidget", Map.of("dashboardId", id, "widgetId", "backups",
                "x", 3, "y", 0, "w", 9, "h", 4, "basedOnRevision", 2));
        merged.path("moveWidget.dashboard.revision").entity(Integer.class).isEqualTo(4);
        merged.path("moveWidget.dashboard.widgets[*].x").entityList(Integer.class).containsExactly(0, 3);
        // A third editor, also at revision 2, moves the alerts again: refused, naming both places.
        GraphQlTester.Response refused = mutate("moveWidget", Map.of("dashboardId", id, "widgetId", "alerts",
                "x", 0, "y", 4, "w", 12, "h", 2, "basedOnRevision", 2));
        refused.path("moveWidget.errors[0].code").entity(String.class).isEqualTo("CONFLICT");
        refused.path("moveWidget.errors[0].rule").entity(String.class).isEqualTo("WIDGET_CHANGED_MEANWHILE");
        refused.path("moveWidget.errors[0].message").entity(String.class).satisfies(message -> assertThat(message)
                .contains("(x=0, y=0, w=3, h=4)").contains("(x=0, y=4, w=12, h=2)"));

        GraphQlTester.Response configured = mutate("configureWidget", Map.of("dashboardId", id, "widgetId", "alerts",
                "title", "Critical", "dataSource", "open-alerts",
                "params", List.of(Map.of("name", "minSeverity", "value", "CRITICAL"))));
        configured.path("configureWidget.dashboard.widgets[0].params[0].value").entity(String.class).isEqualTo("CRITICAL");
        mutate("renameDashboard", Map.of("id", id, "name", "Night wall"))
                .path("renameDashboard.dashboard.name").entity(String.class).isEqualTo("Night wall");
        mutate("removeWidget", Map.of("dashboardId", id, "widgetId", "backups"))
                .path("removeWidget.dashboard.widgets[*].id").entityList(String.class).containsExactly("alerts");
    }

    @Test
    @Order(1)
    void widgetsShowExactNumbersForKnownEvents() {
        Map<String, Object> job = new BackupClient(server.http()).createJob(Map.of("name", "db01 nightly",
                "intervalSeconds", 86400, "graceSeconds", 3600));
        Map<String, Object> otherJob = new BackupClient(server.http()).createJob(Map.of("name", "files nightly",
                "intervalSeconds", 86400, "graceSeconds", 3600));
        succeed(job);
        succeed(job);
        fail(job);
        succeed(job);
        succeed(otherJob);
        String critical = "critical:" + UUID.randomUUID();
        for (String key : List.of(critical, critical, "critical:" + UUID.randomUUID())) {
            mutate("raiseAlert", Map.of("key", key, "severity", "CRITICAL", "title", "Pump " + key.substring(9, 13)));
        }
        mutate("raiseAlert", Map.of("key", "warning:" + UUID.randomUUID(), "severity", "WARNING", "title", "Warm"));

        for (String outcome : List.of("COMPLETE", "COMPLETE", "FAIL")) {
            String run = UUID.randomUUID().toString();
            lineage("START", run);
            lineage(outcome, run);
        }

        PlanClient plans = new PlanClient(server.http());
        String planId = plans.createPlan("Migration", "v1");
        String phaseId = plans.addPhase(planId, "Prepare");
        List<String> tasks = List.of(plans.addTask(planId, phaseId, "Inventory"), plans.addTask(planId, phaseId, "Backup"),
                plans.addTask(planId, phaseId, "Switch"), plans.addTask(planId, phaseId, "Verify"));
        plans.setTaskStatus(planId, tasks.get(0), "DONE");

        String id = createDashboard("Numbers", List.of(
                widget("backups", "COUNTER", "backup-successes-24h", Map.of("jobId", (String) job.get("id")), 0, 0, 3, 2),
                widget("all-backups", "COUNTER", "backup-successes-24h", Map.of(), 3, 0, 3, 2),
                widget("critical", "LIST", "open-alerts", Map.of("minSeverity", "CRITICAL"), 0, 2, 6, 4),
                widget("critical-count", "COUNTER", "open-alerts", Map.of("minSeverity", "CRITICAL"), 6, 0, 3, 2),
                widget("plan", "COUNTER", "plan-progress", Map.of("planId", planId), 9, 0, 3, 2),
                widget("plans", "LIST", "plan-progress", Map.of(), 6, 2, 6, 2),
                widget("runs", "TIMESERIES", "pipeline-runs-by-state", Map.of("bucketMinutes", "60"), 6, 4, 6, 2),
                widget("changes", "TIMELINE", "recent-changes", Map.of("limit", "2"), 0, 6, 12, 2)));

        awaitWidgetData(id, "backups", data -> Double.valueOf(3).equals(data.get("value")));
        awaitWidgetData(id, "all-backups", data -> Double.valueOf(4).equals(data.get("value")));
        awaitWidgetData(id, "critical", data -> items(data).stream().map(item -> item.get("detail")).sorted().toList()
                .equals(List.of("CRITICAL, 1×", "CRITICAL, 2×")));
        awaitWidgetData(id, "critical-count", data -> Double.valueOf(2).equals(data.get("value")));
        awaitWidgetData(id, "plan", data -> Double.valueOf(25).equals(data.get("value")));
        Map<String, Object> planList = awaitWidgetData(id, "plans", data -> items(data).size() == 1);
        assertThat(items(planList).getFirst()).containsEntry("title", "Migration")
                .containsEntry("detail", "25.0% (1 of 4 tasks done)");
        Map<String, Object> runs = awaitWidgetData(id, "runs",
                data -> Map.of("SUCCEEDED", 2.0, "FAILED", 1.0).equals(totalsByState(data)));
        assertThat(runs).containsEntry("type", "TIMESERIES");

        // Once the numbers settled, the ledger's last two events are this rename and the dashboard's last widget.
        mutate("renameDashboard", Map.of("id", id, "name", "Numbers, renamed"));
        Map<String, Object> changes = widgetData(id, "changes");
        assertThat(changes).containsEntry("type", "TIMELINE").containsEntry("dataSource", "recent-changes");
        assertThat(items(changes)).extracting(item -> item.get("title"), item -> item.get("detail")).containsExactly(
                tuple("DashboardRenamed", "Dashboard " + id), tuple("WidgetAdded", "Dashboard " + id));
    }

    @Test
    @Order(2)
    @SuppressWarnings("unchecked")
    void aLiveWidgetReceivesFreshDataAfterEventsAtMostOncePerSecond() {
        Map<String, Object> job = new BackupClient(server.http()).createJob(Map.of("name", "live nightly",
                "intervalSeconds", 86400, "graceSeconds", 3600));
        String id = createDashboard("Live", List.of(
                widget("backups", "COUNTER", "backup-successes-24h", Map.of("jobId", (String) job.get("id")), 0, 0, 4, 2)));
        WebSocketGraphQlTester subscriber = server.webSocket();
        try {
            Flux<Map<String, Object>> stream = subscriber.documentName("widgetDataStream")
                    .variable("dashboardId", id).variable("widgetId", "backups")
                    .executeSubscription()
                    .toFlux("widgetData", Map.class)
                    .map(data -> (Map<String, Object>) data);
            long[] burstStarted = new long[1];
            List<Long> arrivals = new java.util.concurrent.CopyOnWriteArrayList<>();
            StepVerifier.create(stream.doOnNext(data -> arrivals.add(System.nanoTime())))
                    .assertNext(initial -> assertThat(initial).containsEntry("value", 0.0).containsEntry("type", "COUNTER"))
                    .then(() -> {
                        burstStarted[0] = System.nanoTime();
                        for (int success = 0; success < 6; success++) {
                            succeed(job);
                        }
                    })
                    .thenConsumeWhile(data -> !Double.valueOf(6).equals(data.get("value")))
                    .assertNext(data -> assertThat(data).containsEntry("value", 6.0))
                    .thenCancel()
                    .verify(Duration.ofSeconds(30));
            List<Long> updates = arrivals.subList(1, arrivals.size());
            long elapsedMillis = (updates.getLast() - burstStarted[0]) / 1_000_000;
            assertThat((long) updates.size()).as("updates in %d ms", elapsedMillis).isLessThanOrEqualTo(elapsedMillis / 1000 + 1);
            for (int i = 1; i < updates.size(); i++) {
                assertThat((updates.get(i) - updates.get(i - 1)) / 1_000_000).isGreaterThanOrEqualTo(900);
            }
        } finally {
            subscriber.stop().block(Duration.ofSeconds(5));
        }
    }

    /** One OpenLineage RunEvent of job cron/orders_export, through the real ingest endpoint. */
    private static void lineage(String eventType, String runId) {
        String body = """
                {"eventType": "%s", "eventTime": "%s", "run": {"runId": "%s"},
                 "job": {"namespace": "cron", "name": "orders_export"},
                 "producer": "https://example.com/cron",
                 "schemaURL": "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent"}"""
                .formatted(eventType, Instant.now(), runId);
        server.webClient(OpsledgerServer.ADMIN_TOKEN, "/api/v1/lineage").post()
                .header("Content-Type", "application/json").bodyValue(body)
                .exchange().expectStatus().isCreated();
    }

    /** The sum over all buckets of each state's series. */
    @SuppressWarnings("unchecked")
    private static Map<String, Double> totalsByState(Map<String, Object> data) {
        Map<String, Double> totals = new TreeMap<>();
        for (Map<String, Object> series : (List<Map<String, Object>>) data.get("series")) {
            double sum = ((List<Map<String, Object>>) series.get("points")).stream()
                    .mapToDouble(point -> ((Number) point.get("value")).doubleValue()).sum();
            totals.put((String) series.get("name"), sum);
        }
        return totals;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> data) {
        return (List<Map<String, Object>>) data.get("items");
    }
}
