package io.opsledger.api.backup;

import io.opsledger.support.BackupClient;
import io.opsledger.support.OpsledgerServer;
import io.opsledger.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.graphql.test.tester.GraphQlTester;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static io.opsledger.support.BackupClient.runs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The scanner on a temporary directory, through {@code scanBackupJob}, against PostgreSQL. */
class BackupScanIT {

    private static PostgresTestDatabase database;
    private static OpsledgerServer server;
    private static BackupClient backups;

    @TempDir
    Path directory;

    @BeforeAll
    static void startServer() {
        database = PostgresTestDatabase.freshSchema();
        // JUnit's temporary directories are made under java.io.tmpdir: that is the scan root here.
        server = OpsledgerServer.onPostgres(database, "opsledger.backup.scan.enabled=false",
                "opsledger.backups.scan-roots=" + System.getProperty("java.io.tmpdir"));
        backups = new BackupClient(server.http());
    }

    @AfterAll
    static void stopServer() {
        server.close();
        database.drop();
    }

    @Test
    void newFileIsARunRescanRecordsNothingModifiedFileFailsVerification() throws Exception {
        Path backup = directory.resolve("db01-2026-11-21.tar.gz");
        Files.writeString(backup, "first backup");
        Files.writeString(directory.resolve("README"), "ignored: does not match the pattern");
        String jobId = (String) backups.createJob(Map.of("name", "db01 files", "intervalSeconds", 86_400,
                "graceSeconds", 3_600, "scanDirectory", directory.toString(), "scanGlob", "*.tar.gz")).get("id");

        Map<String, Object> first = scan(jobId);
        assertThat(first.get("filesScanned")).isEqualTo(1);
        Map<String, Object> run = runs(job(first)).getFirst();
        assertThat(run).containsEntry("origin", "SCAN").containsEntry("status", "SUCCEEDED")
                .containsEntry("fileName", "db01-2026-11-21.tar.gz").containsEntry("sha256", sha256("first backup"))
                .containsEntry("sizeBytes", 12.0);
        long eventsAfterFirstScan = events(jobId);

        Map<String, Object> again = scan(jobId);
        assertThat(again.get("filesScanned")).isEqualTo(1);
        assertThat(events(jobId)).as("a re-scan records no event").isEqualTo(eventsAfterFirstScan);
        assertThat(runs(job(again))).hasSize(1);

        Files.writeString(backup, "tampered with");
        scan(jobId);
        Map<String, Object> damaged = backups.awaitJob(jobId, j -> "VERIFICATION_FAILED".equals(runs(j).getFirst().get("status")));
        assertThat(damaged.get("status")).isEqualTo("FAILED");
        assertThat(eventTypes(jobId)).endsWith("io.opsledger.kernel.backup.BackupRunVerificationFailedEvent");

        long eventsAfterDamage = events(jobId);
        scan(jobId);
        assertThat(events(jobId)).as("the same damage is reported once").isEqualTo(eventsAfterDamage);
    }

    @Test
    void verifiedScannedRunIsPromotedAndListedAsRetained() throws Exception {
        Files.writeString(directory.resolve("weekly.tar.gz"), "weekly");
        String jobId = (String) backups.createJob(Map.of("name", "verified", "intervalSeconds", 86_400,
                "graceSeconds", 0, "scanDirectory", directory.toString(), "scanGlob", "*.tar.gz")).get("id");
        String runId = (String) runs(job(scan(jobId))).getFirst().get("id");

        GraphQlTester.Response response = backups.mutate("verifyBackupRun",
                Map.of("jobId", jobId, "runId", runId, "sha256", sha256("weekly")));
        response.path("verifyBackupRun.errors").entityList(Object.class).hasSize(0);

        Map<String, Object> job = backups.awaitJob(jobId, j -> "MONTHLY".equals(runs(j).getFirst().get("tier")));
        assertThat(runs(job).getFirst()).containsEntry("status", "VERIFIED");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> retained = (List<Map<String, Object>>) job.get("retained");
        assertThat(retained).singleElement().satisfies(r -> assertThat(r).containsEntry("id", runId));
    }

    @Test
    void scanErrorsAreTypedInThePayload() {
        String withoutDirectory = (String) backups.createJob(Map.of("name", "ping only", "intervalSeconds", 60,
                "graceSeconds", 0)).get("id");
        backups.mutate("scanBackupJob", Map.of("id", withoutDirectory))
                .path("scanBackupJob.errors[0].rule").entity(String.class).isEqualTo("SCAN_NOT_CONFIGURED");
        backups.mutate("scanBackupJob", Map.of("id", "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d"))
                .path("scanBackupJob.errors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
        String missing = (String) backups.createJob(Map.of("name", "gone", "intervalSeconds", 60, "graceSeconds", 0,
                "scanDirectory", directory.resolve("does-not-exist").toString())).get("id");
        backups.mutate("scanBackupJob", Map.of("id", missing))
                .path("scanBackupJob.errors[0].rule").entity(String.class).isEqualTo("SCAN_DIRECTORY_UNREADABLE");
        backups.mutate("createBackupJob", Map.of("name", "bad", "intervalSeconds", 0, "graceSeconds", 0))
                .path("createBackupJob.errors[0].rule").entity(String.class).isEqualTo("INTERVAL_OUT_OF_RANGE");
    }

    @Test
    void jobsAreListedAsAConnectionFilteredByStatus() {
        String fresh = (String) backups.createJob(Map.of("name", "listed", "intervalSeconds", 600, "graceSeconds", 0)).get("id");
        GraphQlTester.Response never = server.http().documentName("backupJobs")
                .variable("first", 100).variable("status", "NEVER_RAN").execute();
        assertThat(never.path("backupJobs.edges[*].node.id").entityList(String.class).get()).contains(fresh);
        server.http().documentName("backupJobs").variable("first", 101).execute()
                .errors().expect(error -> error.getMessage().contains("between 1 and 100")).verify();
    }

    @Test
    void filesOfExpiredRunsAreDeletedOnlyWhereTheJobAllowsIt() throws Exception {
        Path deleting = Files.createDirectory(directory.resolve("deleting"));
        Path keeping = Files.createDirectory(directory.resolve("keeping"));
        for (Path dir : List.of(deleting, keeping)) {
            boolean allowDelete = dir.equals(deleting);
            String jobId = (String) backups.createJob(Map.of("name", dir.getFileName().toString(),
                    "intervalSeconds", 86_400, "graceSeconds", 3_600, "scanDirectory", dir.toString(),
                    "scanGlob", "*.bak", "allowDelete", allowDelete,
                    "retention", Map.of("keepDaily", 1, "keepWeekly", 0, "keepMonthly", 0))).get("id");
            Files.writeString(dir.resolve("older.bak"), "older");
            scan(jobId);
            Files.writeString(dir.resolve("newer.bak"), "newer");
            scan(jobId);
            backups.awaitJob(jobId, job -> runs(job).stream().anyMatch(run -> "EXPIRED".equals(run.get("status"))));
        }

        await().atMost(Duration.ofSeconds(15)).until(() -> !Files.exists(deleting.resolve("older.bak")));
        assertThat(deleting.resolve("newer.bak")).exists();
        assertThat(keeping.resolve("older.bak")).as("expired, but its job does not allow deletion").exists();
    }

    private Map<String, Object> scan(String jobId) {
        GraphQlTester.Response response = backups.mutate("scanBackupJob", Map.of("id", jobId));
        response.path("scanBackupJob.errors").entityList(Object.class).hasSize(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> payload = response.path("scanBackupJob").entity(Map.class).get();
        return payload;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> job(Map<String, Object> payload) {
        return (Map<String, Object>) payload.get("job");
    }

    private static long events(String jobId) {
        return server.jdbc().sql("SELECT COUNT(*) FROM domainevententry WHERE aggregateidentifier = :id")
                .param("id", jobId).query(Long.class).single();
    }

    private static List<String> eventTypes(String jobId) {
        return server.jdbc().sql("SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = :id ORDER BY sequencenumber")
                .param("id", jobId).query(String.class).list();
    }

    private static String sha256(String content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes()));
    }
}
