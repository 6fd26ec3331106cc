package io.opsledger.api.events;

import io.opsledger.api.cli.OpsledgerCli;
import io.opsledger.support.BulkEvents;
import io.opsledger.support.OpsledgerServer;
import io.opsledger.support.PlanClient;
import io.opsledger.support.PostgresTestDatabase;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 100,000 events (written with JDBC batches) plus a few made through the API, exported over HTTP
 * and straight from the database, imported with the command line into an empty database, and
 * replayed there by a server started on it: every read model equals the original's.
 */
class EventExportImportIT {

    static final int DASHBOARDS = Integer.getInteger("opsledger.export-it.dashboards", 50_000);
    static final List<String> READ_MODEL_TABLES = List.of("plan_summary", "plan_phase", "plan_task", "plan_task_prerequisite",
            "plan_conflict", "plan_markdown_layout", "backup_job", "backup_run", "backup_log", "pipeline", "pipeline_run",
            "pipeline_run_step", "pipeline_run_lineage", "pipeline_run_dataset", "pipeline_run_anomaly", "dashboard",
            "dashboard_widget", "dashboard_widget_param", "alert", "audit_correlation");
    static final List<String> GROUPS = List.of("plan-overview", "backup-status", "pipeline-runs", "dashboard-layout",
            "alert-feed", "audit-correlation");

    private static PostgresTestDatabase original;
    private static PostgresTestDatabase copy;
    private static OpsledgerServer server;

    @BeforeAll
    static void start() {
        original = PostgresTestDatabase.freshSchema();
        copy = PostgresTestDatabase.freshSchema();
        server = OpsledgerServer.onPostgres(original, catchUpFast());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        original.drop();
        copy.drop();
    }

    @Test
    void anExportImportedIntoAnEmptyDatabaseReplaysIntoEqualReadModels(@TempDir Path files) throws Exception {
        PlanClient plans = new PlanClient(server.http());
        String plan = plans.createPlan("Made through the API", "v3");
        String phase = plans.addPhase(plan, "Phase one");
        plans.addTask(plan, phase, "First task");
        try (Connection connection = original.connect()) {
            BulkEvents.dashboardsCreatedAndRenamed(connection, server.bean(Serializer.class), DASHBOARDS);
        }
        long head = server.jdbc().sql("SELECT MAX(globalindex) FROM domainevententry").query(Long.class).single();
        awaitCaughtUp(server, head);

        Path overHttp = files.resolve("http.ndjson");
        DataBufferUtils.write(server.restClient().get().uri("/api/v1/events/export").retrieve().bodyToFlux(DataBuffer.class),
                overHttp).block(Duration.ofMinutes(3));
        Path fromDatabase = files.resolve("db.ndjson");
        assertThat(cli("events", "export", "--db-url", original.url(), "--db-user", original.user(),
                "--db-password", original.password(), "-o", fromDatabase.toString())).isZero();
        assertThat(Files.mismatch(overHttp, fromDatabase)).as("HTTP and direct exports are identical").isEqualTo(-1L);
        long events = server.jdbc().sql("SELECT COUNT(*) FROM domainevententry").query(Long.class).single();
        try (var lines = Files.lines(overHttp)) {
            assertThat(lines.count()).isEqualTo(events).isGreaterThanOrEqualTo(2L * DASHBOARDS);
        }
        List<String> readModels = rows(original, READ_MODEL_TABLES);
        server.close();
        server = null;

        assertThat(cli("events", "import", overHttp.toString(), "--db-url", copy.url(), "--db-user", copy.user(),
                "--db-password", copy.password())).isZero();
        assertThat(rows(copy, List.of("domainevententry"))).isEqualTo(rows(original, List.of("domainevententry")));
        assertThat(cli("events", "import", overHttp.toString(), "--db-url", copy.url(), "--db-user", copy.user(),
                "--db-password", copy.password())).as("a second import into a store that is no longer empty").isEqualTo(1);

        server = OpsledgerServer.onPostgres(copy, catchUpFast());
        awaitCaughtUp(server, head);
        assertThat(rows(copy, READ_MODEL_TABLES)).isEqualTo(readModels);
    }

    @Test
    void exportRejectsABadRangeNamingTheParameter() {
        String body = server.restClient().get().uri("/api/v1/events/export?from=yesterday").exchangeToMono(response -> {
            assertThat(response.statusCode().value()).isEqualTo(400);
            return response.bodyToMono(String.class);
        }).block(Duration.ofSeconds(20));
        assertThat(body).startsWith("from: 'yesterday' is neither a global position");
    }

    private static String[] catchUpFast() {
        return GROUPS.stream().map(group -> "axon.eventhandling.processors." + group + ".batch-size=500").toArray(String[]::new);
    }

    private static int cli(String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OpsledgerCli.run(arguments, new PrintWriter(out, true), new PrintWriter(err, true));
        if (code != 0) {
            System.err.println("opsledger " + String.join(" ", arguments) + " -> " + code + ": " + err);
        }
        return code;
    }

    @SuppressWarnings("unchecked")
    private static void awaitCaughtUp(OpsledgerServer server, long head) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (true) {
            List<Map<String, Object>> groups = server.http().document("{ projections { name position } }").execute()
                    .path("projections").entityList(Map.class).get().stream().map(group -> (Map<String, Object>) group).toList();
            boolean done = GROUPS.stream().allMatch(name -> groups.stream().anyMatch(group -> name.equals(group.get("name"))
                    && ((Number) group.get("position")).longValue() >= head));
            if (done) {
                return;
            }
            assertThat(System.nanoTime()).as("projections caught up with " + head + ": " + groups).isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    private static List<String> rows(PostgresTestDatabase database, List<String> tables) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String table : tables) {
                try (ResultSet result = statement.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData meta = result.getMetaData();
                    while (result.next()) {
                        StringBuilder row = new StringBuilder(table).append(':');
                        for (int column = 1; column <= meta.getColumnCount(); column++) {
                            row.append(result.getString(column)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        Collections.sort(rows);
        return rows;
    }
}
