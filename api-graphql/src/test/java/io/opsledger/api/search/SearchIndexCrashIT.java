package io.opsledger.api.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opsledger.support.OpsledgerServer;
import io.opsledger.support.PlanClient;
import io.opsledger.support.PostgresTestDatabase;
import io.opsledger.support.SearchClient;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} of a separate application process while it rebuilds its index: what is on disk
 * afterwards is exactly the documents of the events up to the position its last commit holds,
 * and a restart carries on from there to the whole event store, with no document twice.
 */
class SearchIndexCrashIT {

    private static final int TASKS = 300;
    private static final Pattern COMMITTED = Pattern.compile("Search index commit is durable at position (-?\\d+)");

    private static PostgresTestDatabase database;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void createSchema() {
        database = PostgresTestDatabase.freshSchema();
    }

    @AfterAll
    static void dropSchema() {
        database.drop();
    }

    @Test
    void killedMidIndexingTheIndexMatchesItsPositionAndARestartCompletesIt() throws Exception {
        StringBuilder markdown = new StringBuilder("# Plan de développement v9 - Bulk import\n\n## Phase 1: Everything\n\n");
        for (int i = 1; i <= TASKS; i++) {
            markdown.append("- [ ] Task %d: check host web-%03d and renew its certificate in zone %d\n".formatted(i, i, i % 7));
        }
        long head;
        try (OpsledgerServer seeding = OpsledgerServer.onPostgres(database)) {
            new PlanClient(seeding.http()).mutate("importPlanMarkdown", Map.of("markdown", markdown.toString()))
                    .path("importPlanMarkdown.errors").entityList(Object.class).hasSize(0);
            head = lastIndexedEvent(seeding.jdbc());
        }

        long position = killWhileRebuilding(head);

        Set<String> onDisk = new HashSet<>();
        long committedPosition;
        try (Directory directory = FSDirectory.open(dataDir.resolve("search").resolve("index"));
             DirectoryReader reader = DirectoryReader.open(directory)) {
            committedPosition = Long.parseLong(reader.getIndexCommit().getUserData().get("opsledger.position"));
            StoredFields fields = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                onDisk.add(fields.document(doc).get("entityId"));
            }
            assertThat(reader.numDocs()).as("no document twice").isEqualTo(onDisk.size());
        }
        try (OpsledgerServer restarted = OpsledgerServer.onPostgres(database, "opsledger.data-dir=" + dataDir)) {
            JdbcClient jdbc = restarted.jdbc();
            assertThat(committedPosition).as("the kill came mid-indexing").isGreaterThanOrEqualTo(position).isLessThan(head);
            assertThat(onDisk).as("documents of the events up to the committed position " + committedPosition)
                    .isEqualTo(entitiesUpTo(jdbc, committedPosition));

            SearchClient.awaitIndexed(restarted);
            Map<String, Object> status = restarted.http().document("{ searchIndexStatus { documents position } }")
                    .execute().path("searchIndexStatus").entity(Map.class).get();
            assertThat(((Number) status.get("documents")).longValue()).isEqualTo(TASKS + 1);
            assertThat(new SearchClient(restarted.http()).hits("web-300").getFirst().get("title"))
                    .isEqualTo("Task 300: check host web-300 and renew its certificate in zone 6");
        }
    }

    /** Starts the application as its own process on the same database and kills it after its first durable index commit short of the head. */
    private long killWhileRebuilding(long head) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.opsledger.OpsledgerApplication",
                "--spring.profiles.active=postgres", "--server.port=0", "--opsledger.data-dir=" + dataDir,
                "--OPSLEDGER_DB_URL=" + database.url(), "--OPSLEDGER_DB_USER=" + database.user(),
                "--OPSLEDGER_DB_PASSWORD=" + database.password(), "--logging.level.root=WARN",
                "--logging.level.io.opsledger.query.search.SearchIndex=DEBUG",
                // Durable commits every 50 ms rather than every second, so that several fall inside the rebuild.
                "--opsledger.search.commit-interval=50ms"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
        watchdog.schedule(process::destroyForcibly, 3, TimeUnit.MINUTES);
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null) {
                Matcher committed = COMMITTED.matcher(line);
                if (committed.find() && Long.parseLong(committed.group(1)) >= 0 && Long.parseLong(committed.group(1)) < head) {
                    process.destroyForcibly(); // SIGKILL: no shutdown hook, no Lucene close
                    process.waitFor();
                    return Long.parseLong(committed.group(1));
                }
            }
            throw new AssertionError("The process ended (exit " + process.waitFor() + ") before its first index commit");
        } finally {
            watchdog.shutdownNow();
            process.destroyForcibly();
        }
    }

    private static long lastIndexedEvent(JdbcClient jdbc) {
        return jdbc.sql("SELECT MAX(globalindex) FROM domainevententry WHERE payloadtype IN (:types)")
                .param("types", SearchClient.INDEXED_EVENT_TYPES).query(Long.class).single();
    }

    /** The plan and task ids created by the events up to {@code position}. */
    private static Set<String> entitiesUpTo(JdbcClient jdbc, long position) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> ids = new HashSet<>();
        for (Map<String, Object> row : jdbc.sql("""
                        SELECT payloadtype, payload FROM domainevententry
                        WHERE globalindex <= :position AND payloadtype IN (:types)""")
                .param("position", position)
                .param("types", List.of("io.opsledger.kernel.plan.PlanCreatedEvent", "io.opsledger.kernel.plan.TaskAddedEvent"))
                .query().listOfRows()) {
            JsonNode payload = json.readTree((byte[]) row.get("payload"));
            JsonNode id = ((String) row.get("payloadtype")).endsWith("TaskAddedEvent") ? payload.get("taskId") : payload.get("planId");
            ids.add(id.isTextual() ? id.asText() : id.get("value").asText());
        }
        return ids;
    }
}
