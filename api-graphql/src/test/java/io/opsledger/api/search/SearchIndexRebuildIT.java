package io.opsledger.api.search;

import io.opsledger.support.OpsledgerServer;
import io.opsledger.support.PlanClient;
import io.opsledger.support.SearchClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The index is a projection: delete its directory, restart, and the event store gives it back whole. */
class SearchIndexRebuildIT {

    private static final List<String> QUERIES = List.of("refresh the https keys on the front proxies", "v55",
            "restauration des sauvegardes", "certficates", "INC-2291", "office");

    @TempDir
    Path dataDir;

    @Test
    void deletingTheIndexDirectoryRebuildsItWithTheSameAnswers() {
        Map<String, List<Map<String, Object>>> before;
        try (OpsledgerServer server = OpsledgerServer.embedded(dataDir)) {
            PlanClient plans = new PlanClient(server.http());
            String plan = plans.createPlan("Certificate renewal and TLS hardening", "v55");
            String phase = plans.addPhase(plan, "Renewals");
            String tls = plans.addTask(plan, phase, "Renew the TLS certificates on the public load balancers");
            plans.addTask(plan, phase, "Write the postmortem for INC-2291, the checkout outage");
            plans.addTask(plan, phase, "Restaurer les sauvegardes de la base clients");
            plans.setTaskStatus(plan, tls, "IN_PROGRESS");
            String office = plans.createPlan("Office move", "v3");
            plans.addTask(office, plans.addPhase(office, "Lease"), "Renew the office lease for the Lyon site");
            SearchClient.awaitIndexed(server);
            before = answers(new SearchClient(server.http()));
        }
        Path index = dataDir.resolve("search").resolve("index");
        assertThat(index).isDirectory();
        assertThat(FileSystemUtils.deleteRecursively(index.toFile())).isTrue();

        try (OpsledgerServer restarted = OpsledgerServer.embedded(dataDir)) {
            SearchClient.awaitIndexed(restarted);
            assertThat(index).isDirectory();
            Map<String, List<Map<String, Object>>> after = answers(new SearchClient(restarted.http()));
            assertThat(after).isEqualTo(before);
            assertThat(before.get("refresh the https keys on the front proxies").getFirst())
                    .containsEntry("status", "IN_PROGRESS");
        }
    }

    /** Every hit of every query, with kind, id, title, status and snippet (scores depend on segment layout). */
    private static Map<String, List<Map<String, Object>>> answers(SearchClient search) {
        Map<String, List<Map<String, Object>>> answers = new LinkedHashMap<>();
        for (String query : QUERIES) {
            answers.put(query, search.hits(query).stream()
                    .map(hit -> Map.of("kind", hit.get("kind"), "entityId", hit.get("entityId"), "title", hit.get("title"),
                            "status", String.valueOf(hit.get("status")), "snippet", hit.get("snippet")))
                    .toList());
        }
        return answers;
    }
}
