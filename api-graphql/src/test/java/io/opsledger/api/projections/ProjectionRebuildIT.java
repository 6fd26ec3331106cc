package io.opsledger.api.projections;

import io.opsledger.support.BulkEvents;
import io.opsledger.support.OpsledgerProcess;
import io.opsledger.support.OpsledgerServer;
import io.opsledger.support.PostgresTestDatabase;
import io.opsledger.support.ProjectionRebuildClient;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.graphql.test.tester.GraphQlTester;

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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static io.opsledger.support.ProjectionRebuildClient.LAST;
import static io.opsledger.support.ProjectionRebuildClient.REBUILD;
import static io.opsledger.support.ProjectionRebuildClient.VERIFY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 100,000 events on PostgreSQL (50,000 dashboards, each created and renamed, written with JDBC
 * batches): the dashboard layouts are rebuilt while another client keeps reading them, then checked
 * against a fresh replay, then rebuilt again in a separate process that is killed with SIGKILL
 * half-way and started again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProjectionRebuildIT {

    static final int DASHBOARDS = Integer.getInteger("opsledger.rebuild-it.dashboards", 50_000);
    static final String GROUP = "dashboard-layout";
    static final List<String> TABLES = List.of("dashboard", "dashboard_widget", "dashboard_widget_param", "audit_correlation");
    private static PostgresTestDatabase database;
    private static OpsledgerServer server;
    private static List<String> before;

    @BeforeAll
    static void loadHundredThousandEvents() throws SQLException {
        database = PostgresTestDatabase.freshSchema();
        // The reader below asks as fast as it can for the whole rebuild: the per-token rate limit
        // (RequestLimitsIT's subject) is lifted so that what this test sees is the rebuild alone.
        server = OpsledgerServer.onPostgres(database, "axon.eventhandling.processors." + GROUP + ".batch-size=500",
                "axon.eventhandling.processors.audit-correlation.batch-size=500",
                "opsledger.limits.requests-per-second=100000", "opsledger.limits.burst=100000");
        try (Connection connection = database.connect()) {
            BulkEvents.dashboardsCreatedAndRenamed(connection, server.bean(Serializer.class), DASHBOARDS);
        }
        ProjectionWait.caughtUp(server.http(), 2L * DASHBOARDS - 1, GROUP, "audit-correlation");
        before = rows(TABLES);
        assertThat(before).hasSizeGreaterThan(3 * DASHBOARDS);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        database.drop();
    }

    @Test
    @Order(1)
    void rebuildsWhileAnotherClientKeepsReadingAndSwitchesToEqualTables() throws Exception {
        AtomicBoolean reading = new AtomicBoolean(true);
        List<String> failures = new CopyOnWriteArrayList<>();
        AtomicInteger answers = new AtomicInteger();
        Thread reader = Thread.ofPlatform().start(() -> keepReading(reading, failures, answers));

        long started = System.nanoTime();
        List<Map<String, Object>> statuses = ProjectionRebuildClient.run(server.http(), server.webSocket(), REBUILD, GROUP);
        double seconds = (System.nanoTime() - started) / 1e9;
        reading.set(false);
        reader.join();

        assertThat(statuses.getLast()).containsEntry("state", "DONE").containsEntry("progress", 100.0);
        assertThat(statuses).anySatisfy(status -> assertThat((Double) status.get("progress")).isLessThan(100.0));
        assertThat(failures).isEmpty();
        assertThat(answers.get()).isGreaterThan(10);
        System.out.printf("rebuild of %s over %,.0f events: %.1f s, %,.0f events/s; %d reads during it, none failed%n", GROUP,
                (Double) statuses.getLast().get("head"), seconds, (Double) statuses.getLast().get("head") / seconds, answers.get());
        assertThat(rows(TABLES)).isEqualTo(before);
        assertThat(shadowSchemas()).isEmpty();
    }

    @Test
    @Order(2)
    void checkFindsTheReadModelEqualToAFreshReplay() {
        List<Map<String, Object>> statuses = ProjectionRebuildClient.run(server.http(), server.webSocket(), VERIFY, GROUP);
        assertThat(statuses.getLast()).containsEntry("state", "DONE").containsEntry("differingRows", 0.0);
    }

    @Test
    @Order(3)
    void aRebuildKilledWithSigkillFinishesAfterTheRestart() throws Exception {
        server.close();
        server = null;
        Path log = Path.of("target", "rebuild-kill-9.log");
        OpsledgerProcess first = OpsledgerProcess.onPostgres(database, log);
        try {
            first.http().document(REBUILD).variable("input", Map.of("name", GROUP)).execute()
                    .path("rebuildProjection.errors").entityList(Object.class).hasSize(0);
            awaitProgress(first, 20.0);
        } finally {
            first.kill();
        }
        assertThat(shadowSchemas()).as("the shadow tables survive the kill").hasSize(1);

        try (OpsledgerProcess second = OpsledgerProcess.onPostgres(database, log)) {
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            String state;
            do {
                Thread.sleep(250);
                state = second.http().document(LAST).variable("name", GROUP).execute()
                        .path("projectionRebuild.state").entity(String.class).get();
            } while (!"DONE".equals(state) && !"FAILED".equals(state) && System.nanoTime() < deadline);
            assertThat(state).isEqualTo("DONE");
        }
        assertThat(rows(TABLES)).isEqualTo(before);
        assertThat(shadowSchemas()).isEmpty();
    }

    private static void awaitProgress(OpsledgerProcess process, double percent) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            GraphQlTester.Response last = process.http().document(LAST).variable("name", GROUP).execute();
            Double progress = last.path("projectionRebuild.progress").entity(Double.class).get();
            if (progress >= percent) {
                assertThat(progress).as("killed before the end").isLessThan(100.0);
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the rebuild did not reach " + percent + "%");
    }

    private static void keepReading(AtomicBoolean reading, List<String> failures, AtomicInteger answers) {
        String query = "{ dashboards(first: 50) { edges { node { name } } pageInfo { hasNextPage } } }";
        while (reading.get()) {
            try {
                GraphQlTester.Response response = server.http().document(query).execute();
                List<String> names = response.path("dashboards.edges[*].node.name").entityList(String.class).get();
                if (names.size() != 50 || !names.stream().allMatch(name -> name.endsWith("renamed"))) {
                    failures.add("partial answer: " + names.size() + " dashboards " + names);
                }
                answers.incrementAndGet();
            } catch (Throwable failure) {
                failures.add(String.valueOf(failure));
            }
        }
    }

    static List<String> rows(List<String> tables) throws SQLException {
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

    private static List<String> shadowSchemas() throws SQLException {
        List<String> schemas = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT schema_name FROM information_schema.schemata"
                     + " WHERE schema_name LIKE '" + database.schema() + "\\_%'")) {
            while (result.next()) {
                schemas.add(result.getString(1));
            }
        }
        return schemas;
    }
}
