package io.opsledger.api.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsledger.support.OpsledgerProcess;
import io.opsledger.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} in the middle of 5,000 plan commands from 16 clients, on the embedded default and
 * on PostgreSQL: after a restart every acknowledged command is in the event store exactly once
 * (counted by the plan ids and titles the clients chose), no command is stored twice, and the
 * plan read model equals a replay of the events: the server's own {@code verifyProjection} finds no
 * differing row, and each {@code plan_summary} row has the title and revision its events give.
 */
class KillNineIT {

    private static final int CLIENTS = 16;
    private static final int COMMANDS = 5_000;
    /**
     * The kill comes once this many commands are acknowledged (half of them), or after {@link
     * #KILL_LIMIT} on a machine too busy to get there: either way with commands in flight.
     */
    private static final int KILL_AFTER = 2_500;
    private static final Duration KILL_LIMIT = Duration.ofSeconds(25);
    /** Fewer acknowledged commands than this before the kill would make the test say little. */
    private static final int AT_LEAST_ACKNOWLEDGED = 100;

    @TempDir
    Path dataDir;

    @Test
    void killNineOnTheEmbeddedDefaultLosesAndDuplicatesNoAcknowledgedCommand() throws Exception {
        crashAndRecover("embedded", () -> OpsledgerProcess.embedded(dataDir, LoadSettings.UNTHROTTLED),
                () -> OpsledgerProcess.openEmbedded(dataDir));
    }

    @Test
    void killNineOnPostgresLosesAndDuplicatesNoAcknowledgedCommand() throws Exception {
        PostgresTestDatabase database = PostgresTestDatabase.freshSchema();
        try {
            crashAndRecover("postgres", () -> OpsledgerProcess.onPostgres(database, LoadSettings.UNTHROTTLED),
                    database::connect);
        } finally {
            database.drop();
        }
    }

    private static void crashAndRecover(String profile, Supplier<OpsledgerProcess> start, JdbcSource jdbc)
            throws Exception {
        PlanCommandLoad load;
        OpsledgerProcess first = start.get();
        try {
            load = new PlanCommandLoad(first.graphQlClient());
            var halfway = load.acknowledgements(KILL_AFTER);
            List<Thread> clients = load.start(CLIENTS, COMMANDS, KILL_LIMIT.plusSeconds(30));
            halfway.await(KILL_LIMIT.toSeconds(), TimeUnit.SECONDS);
            load.expectFailures();
            first.kill();
            load.stop(clients);
            assertThat(load.errors()).as("errors before the kill; " + first.logTail()).isEmpty();
            assertThat(load.acknowledged()).as("acknowledged before the kill").hasSizeGreaterThanOrEqualTo(AT_LEAST_ACKNOWLEDGED);
        } finally {
            first.kill();
        }

        JsonNode check;
        try (OpsledgerProcess restarted = start.get()) {
            ReadModel.awaitCaughtUp(restarted);
            check = ReadModel.verify(restarted, "plan-overview");
        }

        EventStoreAudit audit;
        try (Connection connection = jdbc.open()) {
            audit = EventStoreAudit.read(connection);
        }
        EventStoreAudit.Figures figures = audit.figures(load.sent(), load.acknowledged());
        System.out.printf("[kill -9, %s] %s; %d requests failed by the kill; %d plans in the store;"
                        + " verifyProjection plan-overview: %s, %s differing rows%n", profile, figures,
                load.failedAfterKill(), audit.plans(), check.path("state").asText(), check.path("differingRows").asText());
        assertThat(figures.missing()).as("acknowledged commands missing after the restart").isZero();
        assertThat(figures.found()).isEqualTo(figures.acknowledged());
        assertThat(figures.duplicates()).as("commands stored more than once").isZero();
        assertThat(audit.readModelDifferences()).as("plan_summary rows that differ from a replay of the events")
                .isEmpty();
        assertThat(check.path("state").asText()).as("verifyProjection plan-overview: " + check).isEqualTo("DONE");
        assertThat(check.path("differingRows").asDouble()).as("verifyProjection plan-overview: " + check).isZero();
    }

    @FunctionalInterface
    interface JdbcSource {
        Connection open() throws Exception;
    }
}
