package io.opsledger.api.backup;

import io.opsledger.support.BackupClient;
import io.opsledger.support.OpsledgerServer;
import io.opsledger.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.opsledger.support.BackupClient.runs;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curl one-liners of Healthchecks' documentation, pointed at Opsledger instead of
 * hc-ping.com and run by a real shell with the real curl, produce the run records they report.
 */
class BackupPingIT {

    /** Healthchecks' recommended flags: fail on HTTP errors, quiet but show errors, 10 s timeout, 5 retries. */
    private static final String CURL = "curl -fsS -m 10 --retry 5";

    private static PostgresTestDatabase database;
    private static OpsledgerServer server;
    private static BackupClient backups;

    private String jobId;
    private String pingUrl;

    @BeforeAll
    static void startServer() {
        database = PostgresTestDatabase.freshSchema();
        server = OpsledgerServer.onPostgres(database, "opsledger.backup.scan.enabled=false");
        backups = new BackupClient(server.http());
    }

    @AfterAll
    static void stopServer() {
        server.close();
        database.drop();
    }

    @BeforeEach
    void createJob() {
        Map<String, Object> job = backups.createJob(Map.of("name", "nightly borg", "source", "db01",
                "intervalSeconds", 86_400, "graceSeconds", 3_600));
        jobId = (String) job.get("id");
        pingUrl = "http://localhost:" + server.port() + "/ping/" + job.get("pingUuid");
        assertThat(job.get("status")).isEqualTo("NEVER_RAN");
    }

    @Test
    void startThenSuccessIsOneRunWithItsDuration() throws Exception {
        shell(CURL + " -o /dev/null " + pingUrl + "/start"
                + " && sleep 1.2 && " + CURL + " -o /dev/null " + pingUrl);

        Map<String, Object> job = backups.awaitJob(jobId, j -> runs(j).size() == 1
                && "SUCCEEDED".equals(runs(j).getFirst().get("status")));
        Map<String, Object> run = runs(job).getFirst();
        assertThat(run).containsEntry("origin", "PING");
        assertThat(run.get("startedAt")).isNotNull();
        assertThat(((Number) run.get("durationMillis")).longValue()).isBetween(1_000L, 10_000L);
        assertThat(job.get("status")).isEqualTo("OK");
        assertThat(job.get("lastSuccessAt")).isNotNull();
    }

    @Test
    void exitStatusOfTheCommandBecomesTheRunsOutcome() throws Exception {
        shell("/bin/false; " + CURL + " -o /dev/null " + pingUrl + "/$?");
        Map<String, Object> failed = backups.awaitJob(jobId, j -> runs(j).size() == 1);
        assertThat(runs(failed).getFirst()).containsEntry("status", "FAILED").containsEntry("exitStatus", 1)
                .containsEntry("reason", "exit status 1");
        assertThat(failed.get("status")).isEqualTo("FAILED");

        shell("/bin/true; " + CURL + " -o /dev/null " + pingUrl + "/$?");
        Map<String, Object> recovered = backups.awaitJob(jobId, j -> runs(j).size() == 2);
        assertThat(runs(recovered).getFirst()).containsEntry("status", "SUCCEEDED");
        assertThat(recovered.get("status")).isEqualTo("OK");
    }

    @Test
    void failSignalRecordsAFailedRun() throws Exception {
        shell(CURL + " -o /dev/null " + pingUrl + "/start && " + CURL + " -o /dev/null " + pingUrl + "/fail");
        Map<String, Object> job = backups.awaitJob(jobId, j -> runs(j).size() == 1
                && "FAILED".equals(runs(j).getFirst().get("status")));
        assertThat(runs(job).getFirst().get("durationMillis")).isNotNull();
        assertThat(runs(job).getFirst().get("exitStatus")).isNull();
    }

    @Test
    void commandOutputSentWithDataRawIsTheRunsLog() throws Exception {
        // Healthchecks' example: m=$(/usr/bin/certbot renew 2>&1); curl ... --data-raw "$m" .../$?
        shell("m=$(printf 'Archive fingerprint: 5f1c\\nDuration: 3.2 s' 2>&1); "
                + CURL + " -o /dev/null --data-raw \"$m\" " + pingUrl + "/$?");
        Map<String, Object> job = backups.awaitJob(jobId, j -> runs(j).size() == 1);
        assertThat(runs(job).getFirst()).containsEntry("status", "SUCCEEDED")
                .containsEntry("log", "Archive fingerprint: 5f1c\nDuration: 3.2 s");
    }

    @Test
    void bodyLongerThan100KilobytesIsCutAndMarked() throws Exception {
        shell("head -c 150000 /dev/zero | tr '\\0' x | " + CURL + " -o /dev/null --data-binary @- " + pingUrl);
        Map<String, Object> job = backups.awaitJob(jobId, j -> runs(j).size() == 1);
        String log = (String) runs(job).getFirst().get("log");
        assertThat(log).isEqualTo("x".repeat(102_400 - 64) + "\n[log truncated: 47664 bytes omitted]");
        assertThat(log.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(100 * 1024);
    }

    @Test
    void logSignalJoinsTheOpenRunWithoutEndingIt() throws Exception {
        shell(CURL + " -o /dev/null " + pingUrl + "/start && "
                + CURL + " -o /dev/null --data-raw 'halfway there' " + pingUrl + "/log");
        Map<String, Object> job = backups.awaitJob(jobId, j -> runs(j).size() == 1
                && "halfway there".equals(runs(j).getFirst().get("log")));
        assertThat(runs(job).getFirst()).containsEntry("status", "STARTED");
    }

    @Test
    void runIdParameterPairsStartAndEndExactly() throws Exception {
        String rid = UUID.randomUUID().toString();
        shell(CURL + " -o /dev/null " + pingUrl + "/start?rid=" + rid + " && "
                + CURL + " -o /dev/null " + pingUrl + "/start && "
                + CURL + " -o /dev/null " + pingUrl + "?rid=" + rid);
        Map<String, Object> job = backups.awaitJob(jobId, j -> runs(j).stream().anyMatch(r -> "SUCCEEDED".equals(r.get("status"))));
        assertThat(runs(job)).hasSize(2);
        assertThat(runs(job)).filteredOn(r -> rid.equals(r.get("id"))).singleElement()
                .satisfies(run -> assertThat(run).containsEntry("status", "SUCCEEDED"));
    }

    @Test
    void answersOkAndHeadLikeHealthchecks() throws Exception {
        assertThat(shell(CURL + " " + pingUrl)).isEqualTo("OK");
        assertThat(shell(CURL + " -o /dev/null -w '%{http_code}' -I " + pingUrl)).isEqualTo("200");
        assertThat(shell(CURL + " -X POST " + pingUrl + "/0")).isEqualTo("OK");
        backups.awaitJob(jobId, j -> runs(j).size() == 3);
    }

    @Test
    void unknownUuidIsNotFoundAndBadExitStatusIsBadRequest() throws Exception {
        String unknown = "http://localhost:" + server.port() + "/ping/" + UUID.randomUUID();
        assertThat(shell("curl -sS -m 10 -w ' %{http_code}' " + unknown)).isEqualTo("not found 404");
        assertThat(shell("curl -sS -m 10 -w ' %{http_code}' http://localhost:" + server.port() + "/ping/not-a-uuid/start"))
                .isEqualTo("not found 404");
        assertThat(shell("curl -sS -m 10 -o /dev/null -w '%{http_code}' " + pingUrl + "/256")).isEqualTo("400");
        assertThat(shell("curl -sS -m 10 -o /dev/null -w '%{http_code}' " + pingUrl + "/abc")).isEqualTo("400");
        Thread.sleep(300);
        assertThat(runs(backups.job(jobId))).isEmpty();
    }

    /** Runs a script with bash, as cron would, and answers its standard output; it must exit 0. */
    private static String shell(String script) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of("bash", "-c", script)).redirectErrorStream(false).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("script did not finish: " + script);
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("exit status of %s (stderr: %s)", script, err).isZero();
        return out.strip();
    }
}
