package io.opsledger.api.backup;

import io.opsledger.support.BackupClient;
import io.opsledger.support.OpsledgerServer;
import io.opsledger.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The overdue deadline lives in the database: scheduled by one server, it fires on the next
 * one, after a restart, and a later success clears the overdue condition.
 */
class BackupOverdueRestartIT {

    private static final String OVERDUE = "io.opsledger.kernel.backup.BackupOverdueEvent";
    private static final String CLEARED = "io.opsledger.kernel.backup.BackupOverdueClearedEvent";
    private static final String[] FAST_DEADLINES = {"opsledger.backup.scan.enabled=false",
            "opsledger.deadlines.polling-interval=500ms"};

    private static PostgresTestDatabase database;

    @BeforeAll
    static void createSchema() {
        database = PostgresTestDatabase.freshSchema();
    }

    @AfterAll
    static void dropSchema() {
        database.drop();
    }

    @Test
    void deadlineScheduledBeforeARestartFiresAfterIt() throws Exception {
        String jobId;
        String pingUuid;
        try (OpsledgerServer first = OpsledgerServer.onPostgres(database, FAST_DEADLINES)) {
            Map<String, Object> job = new BackupClient(first.http()).createJob(Map.of("name", "every 4 s",
                    "intervalSeconds", 3, "graceSeconds", 1));
            jobId = (String) job.get("id");
            pingUuid = (String) job.get("pingUuid");
            assertThat(count(first, OVERDUE, jobId)).as("not overdue before the restart").isZero();
            assertThat(first.jdbc().sql("SELECT COUNT(*) FROM scheduled_tasks").query(Long.class).single())
                    .as("the deadline is in the database").isEqualTo(1L);
        }

        try (OpsledgerServer second = OpsledgerServer.onPostgres(database, FAST_DEADLINES)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> count(second, OVERDUE, jobId) == 1);
            BackupClient backups = new BackupClient(second.http());
            backups.awaitJob(jobId, job -> "LATE".equals(job.get("status")));

            HttpResponse<String> ping = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + second.port() + "/ping/" + pingUuid)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(ping.statusCode()).isEqualTo(200);
            assertThat(ping.body()).isEqualTo("OK");

            await().atMost(Duration.ofSeconds(10)).until(() -> count(second, CLEARED, jobId) == 1);
            backups.awaitJob(jobId, job -> "OK".equals(job.get("status")));
            // The success scheduled the next deadline 4 s later; without another success it fires too.
            await().atMost(Duration.ofSeconds(30)).until(() -> count(second, OVERDUE, jobId) == 2);
        }
    }

    private static long count(OpsledgerServer server, String type, String jobId) {
        return server.jdbc().sql("SELECT COUNT(*) FROM domainevententry WHERE aggregateidentifier = :id AND payloadtype = :type")
                .param("id", jobId).param("type", type).query(Long.class).single();
    }
}
