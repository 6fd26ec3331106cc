package io.opsledger.api.plan;

import io.opsledger.support.OpsledgerServer;
import io.opsledger.support.PlanClient;
import io.opsledger.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Two clients change one plan from the same stale revision, over real HTTP, on PostgreSQL. */
class PlanConflictGraphQlIT {

    private static PostgresTestDatabase database;
    private static OpsledgerServer server;
    private static PlanClient first;
    private static PlanClient second;

    @BeforeAll
    static void start() {
        database = PostgresTestDatabase.freshSchema();
        server = OpsledgerServer.onPostgres(database);
        first = new PlanClient(server.http());
        second = new PlanClient(server.http());
    }

    @AfterAll
    static void stop() {
        server.close();
        database.drop();
    }

    @Test
    void staleUpdateUnderManualNamesTheConflictAndBothValuesAndWaitsForResolution() {
        String planId = createPlan("Manual plan", "MANUAL");
        first.mutate("renamePlan", Map.of("id", planId, "title", "First editor", "basedOnRevision", 0))
                .path("renamePlan.errors").entityList(Object.class).hasSize(0);

        GraphQlTester.Response stale = second.mutate("renamePlan",
                Map.of("id", planId, "title", "Second editor", "basedOnRevision", 0));

        stale.path("renamePlan.errors[0].code").entity(String.class).isEqualTo("CONFLICT");
        stale.path("renamePlan.errors[0].conflictType").entity(String.class).isEqualTo("CONTENT_DIVERGENCE");
        stale.path("renamePlan.errors[0].field").entity(String.class).isEqualTo("plan.title");
        stale.path("renamePlan.errors[0].base").entity(String.class).isEqualTo("Manual plan");
        stale.path("renamePlan.errors[0].current").entity(String.class).isEqualTo("First editor");
        stale.path("renamePlan.errors[0].incoming").entity(String.class).isEqualTo("Second editor");
        String conflictId = stale.path("renamePlan.errors[0].conflictId").entity(String.class).get();
        stale.path("renamePlan.errors[0].message").entity(String.class).satisfies(message -> assertThat(message)
                .contains(conflictId).contains("First editor").contains("Second editor").contains("resolveConflict"));
        stale.path("renamePlan.plan.title").entity(String.class).isEqualTo("First editor");
        stale.path("renamePlan.plan.openConflicts[0].id").entity(String.class).isEqualTo(conflictId);

        server.http().documentName("conflicts").variable("status", "OPEN").variable("planId", planId).execute()
                .path("conflicts.edges[*].node.id").entityList(String.class).containsExactly(conflictId);

        GraphQlTester.Response resolved = first.mutate("resolveConflict", Map.of("planId", planId,
                "conflictId", conflictId, "resolution", "TOOK_INCOMING"));
        resolved.path("resolveConflict.errors").entityList(Object.class).hasSize(0);
        resolved.path("resolveConflict.plan.title").entity(String.class).isEqualTo("Second editor");
        resolved.path("resolveConflict.plan.openConflicts").entityList(Object.class).hasSize(0);

        GraphQlTester.Response history = server.http().documentName("conflicts").variable("planId", planId).execute();
        history.path("conflicts.edges[0].node.status").entity(String.class).isEqualTo("RESOLVED");
        history.path("conflicts.edges[0].node.resolution").entity(String.class).isEqualTo("TOOK_INCOMING");
        history.path("conflicts.edges[0].node.resolvedValue").entity(String.class).isEqualTo("Second editor");
    }

    @Test
    void sourcePriorityOverridesAndReportsWhatItReplaced() {
        String planId = createPlan("Source plan", "AUTO_MERGE");
        first.mutate("changePlanVersion", Map.of("id", planId, "version", "v2", "basedOnRevision", 0))
                .path("changePlanVersion.errors").entityList(Object.class).hasSize(0);

        GraphQlTester.Response stale = second.mutate("changePlanVersion", Map.of("id", planId, "version", "v3",
                "basedOnRevision", 0, "strategy", "SOURCE_PRIORITY"));

        stale.path("changePlanVersion.errors").entityList(Object.class).hasSize(0);
        stale.path("changePlanVersion.conflicts[0].resolution").entity(String.class).isEqualTo("TOOK_INCOMING");
        stale.path("changePlanVersion.conflicts[0].current").entity(String.class).isEqualTo("v2");
        stale.path("changePlanVersion.plan.version").entity(String.class).isEqualTo("v3");
    }

    @Test
    void autoMergeAppliesChangesToDifferentFields() {
        String planId = createPlan("Merge plan", "AUTO_MERGE");
        first.mutate("renamePlan", Map.of("id", planId, "title", "Renamed", "basedOnRevision", 0))
                .path("renamePlan.errors").entityList(Object.class).hasSize(0);

        GraphQlTester.Response stale = second.mutate("changePlanVersion",
                Map.of("id", planId, "version", "v8", "basedOnRevision", 0));

        stale.path("changePlanVersion.errors").entityList(Object.class).hasSize(0);
        stale.path("changePlanVersion.conflicts").entityList(Object.class).hasSize(0);
        stale.path("changePlanVersion.plan.title").entity(String.class).isEqualTo("Renamed");
        stale.path("changePlanVersion.plan.version").entity(String.class).isEqualTo("v8");
    }

    private static String createPlan(String title, String strategy) {
        GraphQlTester.Response created = first.mutate("createPlan",
                Map.of("title", title, "version", "v1", "conflictStrategy", strategy));
        created.path("createPlan.errors").entityList(Object.class).hasSize(0);
        return created.path("createPlan.plan.id").entity(String.class).get();
    }
}
