package io.opsledger.api.search;

import io.opsledger.support.OpsledgerServer;
import io.opsledger.support.PlanClient;
import io.opsledger.support.PostgresTestDatabase;
import io.opsledger.support.SearchClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Search over GraphQL on PostgreSQL: meaning, words, ids, filters, paging, similar tasks, duplicate hints, updates. */
class SearchGraphQlIT {

    private static PostgresTestDatabase database;
    private static OpsledgerServer server;
    private static PlanClient plans;
    private static SearchClient search;
    private static String certificatePlan;
    private static String officePlan;
    private static String certificateTask;
    private static String phase;

    @BeforeAll
    static void seed() {
        database = PostgresTestDatabase.freshSchema();
        server = OpsledgerServer.onPostgres(database);
        plans = new PlanClient(server.http());
        search = new SearchClient(server.http());
        certificatePlan = plans.createPlan("Certificate renewal and TLS hardening", "v55");
        phase = plans.addPhase(certificatePlan, "Renewals");
        certificateTask = plans.addTask(certificatePlan, phase, "Renew the TLS certificates on the public load balancers before they expire");
        plans.addTask(certificatePlan, phase, "Write the postmortem for INC-2291, the checkout outage");
        plans.addTask(certificatePlan, phase, "Restaurer les sauvegardes de la base clients sur le serveur de recette");
        officePlan = plans.createPlan("Office move", "v3");
        String officePhase = plans.addPhase(officePlan, "Lease");
        plans.addTask(officePlan, officePhase, "Renew the office lease for the Lyon site");
        plans.addTask(officePlan, officePhase, "Renew the support contract of the storage array");
        SearchClient.awaitIndexed(server);
    }

    @AfterAll
    static void stop() {
        server.close();
        database.drop();
    }

    @Test
    void aParaphraseSharingNoWordFindsTheTaskAndLinksItsPlan() {
        Map<String, Object> first = search.hits("refresh the https keys on the front proxies").getFirst();

        assertThat(first).containsEntry("kind", "TASK").containsEntry("entityId", certificateTask)
                .containsEntry("planId", certificatePlan);
        assertThat(first.get("plan")).isEqualTo(Map.of("id", certificatePlan, "title", "Certificate renewal and TLS hardening"));
    }

    @Test
    void idsComeFirst() {
        assertThat(search.hits("v55").getFirst()).containsEntry("kind", "PLAN").containsEntry("entityId", certificatePlan);
        assertThat(search.hits("INC-2291").getFirst().get("title")).asString().contains("INC-2291");
        assertThat(search.ids(certificateTask).getFirst()).isEqualTo(certificateTask);
    }

    @Test
    void frenchInflectionsAndTyposMatchWithTheWordsMarked() {
        Map<String, Object> french = search.hits("restauration des sauvegarde").getFirst();
        assertThat(french.get("title")).asString().startsWith("Restaurer les sauvegardes");
        assertThat(french.get("snippet")).asString().contains("<mark>Restaurer</mark>").contains("<mark>sauvegardes</mark>");

        // Another test may add a near duplicate of this task: it is among the first two, not necessarily first.
        Map<String, Object> typo = search.hits("certficates load balancrs").stream().limit(2)
                .filter(hit -> hit.get("entityId").equals(certificateTask)).findFirst().orElseThrow();
        assertThat(typo.get("snippet")).asString().contains("<mark>certificates</mark>").contains("<mark>balancers</mark>");
    }

    @Test
    void filtersByKindAndByPlan() {
        assertThat(search.hits("renew", List.of("PLAN"), null, 10)).extracting(hit -> hit.get("kind")).containsOnly("PLAN");
        List<Map<String, Object>> inOffice = search.hits("renew", List.of("TASK"), officePlan, 10);
        assertThat(inOffice).isNotEmpty().allSatisfy(hit -> assertThat(hit).containsEntry("planId", officePlan));
    }

    @Test
    void pagesFollowEachOtherWithoutRepeating() {
        GraphQlTester.Response page = search.search("renew", null, null, 2, null);
        List<String> first = page.path("search.edges[*].node.entityId").entityList(String.class).get();
        assertThat(page.path("search.pageInfo.hasNextPage").entity(Boolean.class).get()).isTrue();
        String after = page.path("search.pageInfo.endCursor").entity(String.class).get();

        List<String> second = search.search("renew", null, null, 2, after).path("search.edges[*].node.entityId")
                .entityList(String.class).get();

        assertThat(first).hasSize(2);
        assertThat(second).isNotEmpty().doesNotContainAnyElementsOf(first);
    }

    @Test
    void similarTasksAndDuplicateHints() {
        GraphQlTester.Response added = plans.mutate("addTaskWithDuplicates", Map.of("planId", certificatePlan,
                "phaseId", phase, "description", "Renew TLS certs of the public load balancers"));
        String duplicate = added.path("addTask.createdId").entity(String.class).get();
        added.path("addTask.errors").entityList(Object.class).hasSize(0);
        assertThat(added.path("addTask.likelyDuplicates[*].entityId").entityList(String.class).get())
                .containsExactly(certificateTask);

        GraphQlTester.Response unrelated = plans.mutate("addTaskWithDuplicates", Map.of("planId", certificatePlan,
                "phaseId", phase, "description", "Order pizza for the release party"));
        unrelated.path("addTask.likelyDuplicates").entityList(Object.class).hasSize(0);

        SearchClient.awaitIndexed(server);
        assertThat(server.http().documentName("similarTasks").variable("taskId", duplicate).variable("first", 3)
                .execute().path("similarTasks.edges[0].node.entityId").entity(String.class).get())
                .isEqualTo(certificateTask);
    }

    @Test
    void editsAndRemovalsFollowTheTask() {
        String task = plans.addTask(officePlan, plans.addPhase(officePlan, "Network"), "Patch the core switch firmware");
        SearchClient.awaitIndexed(server);
        assertThat(search.ids("core switch firmware")).first().isEqualTo(task);

        plans.mutate("editTask", Map.of("planId", officePlan, "taskId", task, "description", "Replace the Wi-Fi access points"))
                .path("editTask.errors").entityList(Object.class).hasSize(0);
        SearchClient.awaitIndexed(server);
        assertThat(search.ids("Wi-Fi access points")).first().isEqualTo(task);
        assertThat(search.ids("core switch firmware")).doesNotContain(task);

        plans.mutate("removeTask", Map.of("planId", officePlan, "taskId", task)).path("removeTask.errors")
                .entityList(Object.class).hasSize(0);
        SearchClient.awaitIndexed(server);
        assertThat(search.ids("Wi-Fi access points")).doesNotContain(task);
    }

    @Test
    void badArgumentsAreNamedWithTheirRule() {
        search.search("renew", null, null, 0, null).errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(error -> assertThat(error.getMessage()).isEqualTo("first: must be at least 1 (got 0)")));
        search.search("   ", null, null, 5, null).errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(error -> assertThat(error.getMessage()).startsWith("query: must have 1 to 500 characters")));
        search.search("renew", null, null, 5, "bogus").errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(error -> assertThat(error.getMessage()).startsWith("after: 'bogus' is not a cursor")));
    }
}
