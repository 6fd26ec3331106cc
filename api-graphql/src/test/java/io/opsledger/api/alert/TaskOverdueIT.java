package io.opsledger.api.alert;

import io.opsledger.support.OpsledgerServer;
import io.opsledger.support.PlanClient;
import io.opsledger.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/** A task whose due date has passed raises a PLAN_TASK_OVERDUE alert; completing it resolves the alert. */
class TaskOverdueIT {

    private static PostgresTestDatabase database;
    private static OpsledgerServer server;

    @BeforeAll
    static void start() {
        database = PostgresTestDatabase.freshSchema();
        server = OpsledgerServer.onPostgres(database, "opsledger.deadlines.polling-interval=500ms");
    }

    @AfterAll
    static void stop() {
        server.close();
        database.drop();
    }

    @Test
    void anOverdueTaskRaisesAnAlertThatCompletingTheTaskResolves() {
        PlanClient plans = new PlanClient(server.http());
        String planId = plans.createPlan("Deadlines", "v1");
        String phase = plans.addPhase(planId, "Now");
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        String task = plans.mutate("addTask", Map.of("planId", planId, "phaseId", phase, "description", "Late work",
                "dueDate", yesterday)).path("addTask.createdId").entity(String.class).get();
        plans.mutate("addTask", Map.of("planId", planId, "phaseId", phase, "description", "Future work",
                "dueDate", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString()));

        await().atMost(Duration.ofSeconds(15)).until(() -> overdueAlerts("OPEN").size() == 1);

        plans.setTaskStatus(planId, task, "DONE");

        await().atMost(Duration.ofSeconds(15)).until(() -> overdueAlerts("RESOLVED").size() == 1
                && overdueAlerts("OPEN").isEmpty());
    }

    private static List<String> overdueAlerts(String status) {
        return server.http().document("""
                        query($status: AlertStatus) { alerts(status: $status) { edges { node { kind } } } }""")
                .variable("status", status).execute()
                .path("alerts.edges[*].node.kind").entityList(String.class).get().stream()
                .filter("PLAN_TASK_OVERDUE"::equals).toList();
    }
}
