package io.opsledger.api.resilience;

import io.opsledger.support.OpsledgerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 64 clients sending plan commands for 30 s against the embedded default: not one error, and
 * afterwards every acknowledged command is in the event store exactly once.
 */
class SustainedLoadIT {

    private static final int CLIENTS = 64;
    private static final Duration DURATION = Duration.ofSeconds(30);

    @TempDir
    Path dataDir;

    @Test
    void sixtyFourClientsForThirtySecondsOnTheEmbeddedDefaultWithoutAnError() throws Exception {
        PlanCommandLoad load;
        try (OpsledgerProcess server = OpsledgerProcess.embedded(dataDir, LoadSettings.UNTHROTTLED)) {
            load = new PlanCommandLoad(server.graphQlClient());
            long started = System.nanoTime();
            load.awaitEnd(load.start(CLIENTS, Integer.MAX_VALUE, DURATION));
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("[64 clients, embedded] %d commands acknowledged in %.1f s (%.0f/s), %d errors%n",
                    load.acknowledged().size(), seconds, load.acknowledged().size() / seconds, load.errors().size());
            assertThat(load.errors()).as("errors under load; " + server.logTail()).isEmpty();
            assertThat(load.acknowledged()).hasSizeGreaterThan(CLIENTS);
            ReadModel.awaitCaughtUp(server);
        }
        try (Connection connection = OpsledgerProcess.openEmbedded(dataDir)) {
            EventStoreAudit audit = EventStoreAudit.read(connection);
            EventStoreAudit.Figures figures = audit.figures(load.sent(), load.acknowledged());
            System.out.printf("[64 clients, embedded] %s%n", figures);
            assertThat(figures.missing()).isZero();
            assertThat(figures.duplicates()).isZero();
            assertThat(audit.readModelDifferences()).isEmpty();
        }
    }
}
