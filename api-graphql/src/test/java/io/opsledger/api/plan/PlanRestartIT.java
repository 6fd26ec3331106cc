package io.opsledger.api.plan;

import io.opsledger.support.OpsledgerServer;
import io.opsledger.support.PlanClient;
import io.opsledger.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A restart on the same PostgreSQL neither loses nor re-applies anything. */
class PlanRestartIT {

    private static final List<String> READ_MODEL_TABLES =
            List.of("plan_summary", "plan_phase", "plan_task", "plan_task_prerequisite");

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
    void restartAppliesNoEventTwiceAndKeepsServing() throws Exception {
        String planId;
        Map<String, Object> before;
        String lastTask;
        try (OpsledgerServer first = OpsledgerServer.onPostgres(database)) {
            PlanClient plans = new PlanClient(first.http());
            planId = plans.createPlan("Survives restarts", "v7");
            String phaseOne = plans.addPhase(planId, "One");
            String phaseTwo = plans.addPhase(planId, "Two");
            String a = plans.addTask(planId, phaseOne, "a");
            String b = plans.addTask(planId, phaseOne, "b", a);
            plans.addTask(planId, phaseTwo, "c");
            lastTask = plans.addTask(planId, phaseTwo, "d", b);
            plans.setTaskStatus(planId, a, "DONE");
            plans.setTaskStatus(planId, b, "DONE");
            before = snapshot(first.jdbc(), planId);
        }

        try (OpsledgerServer second = OpsledgerServer.onPostgres(database)) {
            Thread.sleep(2_000); // give the restarted processor time to (wrongly) re-apply anything
            assertThat(snapshot(second.jdbc(), planId)).isEqualTo(before);
            assertThat(before).containsEntry("progress", 50.0).containsEntry("revision", 8L)
                    .containsEntry("done_task_count", 2);

            new PlanClient(second.http()).setTaskStatus(planId, lastTask, "DONE");

            Map<String, Object> after = snapshot(second.jdbc(), planId);
            assertThat(after).containsEntry("revision", 9L).containsEntry("done_task_count", 3)
                    .containsEntry("phase 2", 50.0).containsEntry("progress", 75.0)
                    .containsEntry("plan_task", 4L);
        }
    }

    /** Row counts of every read-model table and the plan's figures. */
    private static Map<String, Object> snapshot(JdbcClient jdbc, String planId) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        for (String table : READ_MODEL_TABLES) {
            snapshot.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        snapshot.putAll(jdbc.sql("""
                        SELECT progress, revision, task_count, done_task_count, phase_count
                        FROM plan_summary WHERE plan_id = CAST(:id AS UUID)""")
                .param("id", planId)
                .query()
                .singleRow());
        jdbc.sql("SELECT phase_number, progress FROM plan_phase WHERE plan_id = CAST(:id AS UUID) ORDER BY phase_number")
                .param("id", planId)
                .query((rs, row) -> snapshot.put("phase " + rs.getInt(1), rs.getDouble(2)))
                .list();
        return snapshot;
    }
}
