package io.opsledger.api.search;

import io.opsledger.support.OpsledgerServer;
import io.opsledger.support.PlanClient;
import io.opsledger.support.PostgresTestDatabase;
import io.opsledger.support.ProjectionRebuildClient;
import io.opsledger.support.SearchClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static io.opsledger.support.ProjectionRebuildClient.REBUILD;
import static io.opsledger.support.ProjectionRebuildClient.VERIFY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search index rebuilt aside on PostgreSQL: a second Lucene index is built from the event store
 * while another client keeps searching the old one, then switched in; a check compares both; a
 * rebuild interrupted by a stop of the server resumes at the next start.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchIndexRebuildAsideIT {

    private static final String GROUP = "search-index";
    /** Enough events, in rebuild batches of 10, for the rebuild to report progress many times and a stop to come in the middle. */
    private static final int FILLER_TASKS = 150;

    private static PostgresTestDatabase database;
    private static Path dataDir;
    private static OpsledgerServer server;
    /** Query → the entity expected among its hits, first for the first three. */
    private static final Map<String, String> expected = new LinkedHashMap<>();
    private static final Map<String, String> expectedFirst = new LinkedHashMap<>();

    @BeforeAll
    static void seed() throws IOException {
        database = PostgresTestDatabase.freshSchema();
        dataDir = Files.createTempDirectory("opsledger-search-rebuild-");
        server = start();
        PlanClient plans = new PlanClient(server.http());
        String certificates = plans.createPlan("Certificate renewal and TLS hardening", "v55");
        String phase = plans.addPhase(certificates, "Renewals");
        String tls = plans.addTask(certificates, phase, "Renew the TLS certificates on the public load balancers before they expire");
        String postmortem = plans.addTask(certificates, phase, "Write the postmortem for INC-2291, the checkout outage");
        String restore = plans.addTask(certificates, phase, "Restaurer les sauvegardes de la base clients sur le serveur de recette");
        String office = plans.createPlan("Office move", "v3");
        String lease = plans.addTask(office, plans.addPhase(office, "Lease"), "Renew the office lease for the Lyon site");
        String inventory = plans.createPlan("Furniture inventory", "v1");
        String rooms = plans.addPhase(inventory, "Rooms");
        for (int i = 0; i < FILLER_TASKS; i++) {
            plans.addTask(inventory, rooms, "Count the chairs and desks in meeting room " + i);
        }
        expectedFirst.put("refresh the https keys on the front proxies", tls);
        expectedFirst.put("v55", certificates);
        expectedFirst.put("INC-2291", postmortem);
        expected.putAll(expectedFirst);
        expected.put("restauration des sauvegardes", restore);
        expected.put("office lease Lyon", lease);
        SearchClient.awaitIndexed(server);
    }

    private static OpsledgerServer start() {
        return OpsledgerServer.onPostgres(database, "opsledger.data-dir=" + dataDir, "opsledger.rebuild.batch-size=10",
                "opsledger.limits.requests-per-second=100000", "opsledger.limits.burst=100000");
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.close();
        }
        database.drop();
        FileSystemUtils.deleteRecursively(dataDir);
    }

    @Test
    @Order(1)
    void rebuildsAsideWhileAnotherClientKeepsSearchingThenSwitchesIn() throws Exception {
        assertThat(answersMissingTheirHits()).isEmpty();
        AtomicBoolean searching = new AtomicBoolean(true);
        List<String> failures = new CopyOnWriteArrayList<>();
        AtomicInteger answers = new AtomicInteger();
        Thread searcher = Thread.ofPlatform().start(() -> {
            while (searching.get()) {
                try {
                    failures.addAll(answersMissingTheirHits());
                    answers.incrementAndGet();
                } catch (Throwable failure) {
                    failures.add(String.valueOf(failure));
                }
            }
        });

        List<Map<String, Object>> statuses = ProjectionRebuildClient.run(server.http(), server.webSocket(), REBUILD, GROUP);
        searching.set(false);
        searcher.join();

        assertThat(statuses.getLast()).containsEntry("state", "DONE").containsEntry("progress", 100.0);
        assertThat(statuses).anySatisfy(status -> assertThat((Double) status.get("progress")).isLessThan(100.0));
        assertThat(failures).as("every answer during the rebuild had its hits").isEmpty();
        assertThat(answers.get()).isGreaterThan(3);
        assertThat(answersMissingTheirHits()).isEmpty();

        Path search = dataDir.resolve("search");
        String current = Files.readString(search.resolve("current-index")).strip();
        assertThat(current).startsWith("index-rebuild-");
        assertThat(indexDirectories()).as("the old index directory is gone").containsExactly(current);

        String kubernetes = new PlanClient(server.http()).createPlan("Kubernetes cluster upgrade", "v2");
        SearchClient.awaitIndexed(server);
        assertThat(new SearchClient(server.http()).ids("kubernetes upgrade")).first().isEqualTo(kubernetes);
    }

    @Test
    @Order(2)
    void aCheckFindsTheIndexEqualToAFreshReplay() throws Exception {
        List<Map<String, Object>> statuses = ProjectionRebuildClient.run(server.http(), server.webSocket(), VERIFY, GROUP);

        assertThat(statuses.getLast()).containsEntry("state", "DONE").containsEntry("differingRows", 0.0);
        assertThat(server.cli("projections", "verify", GROUP).exitCode()).as("the command line's check").isZero();
        assertThat(indexDirectories()).as("the check's index is deleted").hasSize(1);
    }

    @Test
    @Order(3)
    void aRebuildInterruptedByAStopResumesAtTheNextStart() throws Exception {
        String before = Files.readString(dataDir.resolve("search").resolve("current-index")).strip();
        server.http().document(REBUILD).variable("input", Map.of("name", GROUP)).execute()
                .path("rebuildProjection.errors").entityList(Object.class).hasSize(0);
        // Subscribed once it runs: before, the subscription would answer with the last rebuild's end.
        WebSocketGraphQlTester webSocket = server.webSocket();
        Map<String, Object> progressed = ProjectionRebuildClient.statuses(webSocket, GROUP, "REBUILD")
                .filter(status -> "RUNNING".equals(status.get("state")) && ((Number) status.get("position")).longValue() >= 0)
                .next().toFuture().get(2, TimeUnit.MINUTES);
        webSocket.stop().block();
        assertThat(progressed).as("the rebuild had made progress and not finished").isNotNull();
        server.close();
        server = null;

        assertThat(loggedState()).as("left running for the next start").isEqualTo("RUNNING");
        assertThat(indexDirectories()).as("the aside index kept beside the serving one").hasSize(2).contains(before);

        server = start();
        List<Map<String, Object>> statuses = awaitFinished(server.webSocket());
        assertThat(statuses.getLast()).containsEntry("state", "DONE");
        String after = Files.readString(dataDir.resolve("search").resolve("current-index")).strip();
        assertThat(after).isNotEqualTo(before);
        assertThat(indexDirectories()).containsExactly(after);
        SearchClient.awaitIndexed(server);
        assertThat(answersMissingTheirHits()).isEmpty();
    }

    private static String loggedState() throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT state FROM projection_rebuild"
                     + " WHERE processing_group = '" + GROUP + "' AND purpose = 'REBUILD'")) {
            return result.next() ? result.getString(1) : null;
        }
    }

    /** The statuses of the running (or last) rebuild from now until it has finished. */
    private static List<Map<String, Object>> awaitFinished(WebSocketGraphQlTester webSocket) throws Exception {
        try {
            return ProjectionRebuildClient.statuses(webSocket, GROUP, "REBUILD").collectList().toFuture()
                    .get(3, TimeUnit.MINUTES);
        } finally {
            webSocket.stop().block();
        }
    }

    /** One line per query whose answer lacks its expected hit (or has another first); empty when all are whole. */
    private static List<String> answersMissingTheirHits() {
        SearchClient search = new SearchClient(server.http());
        List<String> missing = new ArrayList<>();
        expected.forEach((query, entity) -> {
            List<String> ids = search.ids(query);
            if (ids.isEmpty() || !ids.contains(entity) || expectedFirst.containsKey(query) && !ids.getFirst().equals(entity)) {
                missing.add(query + " → " + ids);
            }
        });
        return missing;
    }

    private static List<String> indexDirectories() throws IOException {
        try (Stream<Path> children = Files.list(dataDir.resolve("search"))) {
            return children.filter(Files::isDirectory).map(path -> path.getFileName().toString())
                    .filter(name -> name.startsWith("index")).sorted().toList();
        }
    }
}
