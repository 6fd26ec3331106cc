package io.opsledger.api.pipeline;

import io.opsledger.support.OpsledgerServer;
import io.opsledger.support.PipelineClient;
import io.opsledger.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A run's timeout is a deadline in the database: scheduled by one server when the run starts, it
 * fires on the next one after a restart, and the timed-out run can then be retried.
 */
class PipelineTimeoutRestartIT {

    private static final String TIMED_OUT = "io.opsledger.kernel.pipeline.PipelineRunTimedOutEvent";
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
    void timeoutScheduledBeforeARestartFiresAfterIt() {
        String runId;
        try (OpsledgerServer first = OpsledgerServer.onPostgres(database, FAST_DEADLINES)) {
            PipelineClient pipelines = new PipelineClient(first.http());
            String pipelineId = (String) pipelines.mutate("createPipeline", "pipeline", Map.of("namespace", "warehouse",
                    "name", "slow", "timeoutSeconds", 4, "maxRetries", 1)).get("id");
            runId = (String) pipelines.mutate("queuePipelineRun", "run", Map.of("pipelineId", pipelineId)).get("id");
            assertThat(pipelines.mutate("startPipelineRun", "run", Map.of("runId", runId))).containsEntry("state", "RUNNING");
            assertThat(first.jdbc().sql("SELECT COUNT(*) FROM scheduled_tasks").query(Long.class).single())
                    .as("the deadline is in the database").isEqualTo(1L);
            assertThat(count(first, runId)).isZero();
        }

        try (OpsledgerServer second = OpsledgerServer.onPostgres(database, FAST_DEADLINES)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> count(second, runId) == 1);
            PipelineClient pipelines = new PipelineClient(second.http());
            Map<String, Object> run = pipelines.awaitRun(runId, r -> "TIMED_OUT".equals(r.get("state")));
            assertThat(run.get("reason")).isEqualTo("still running after 4 s");
            assertThat(run.get("finishedAt")).isEqualTo(run.get("timeoutAt"));

            Map<String, Object> retry = pipelines.mutate("retryPipelineRun", "run", Map.of("runId", runId));
            assertThat(retry).containsEntry("attempt", 2).containsEntry("state", "QUEUED");
            String retryId = (String) retry.get("id");
            pipelines.mutate("startPipelineRun", "run", Map.of("runId", retryId));
            Map<String, Object> done = pipelines.mutate("completePipelineRun", "run", Map.of("runId", retryId));
            assertThat(done).containsEntry("state", "SUCCEEDED");
            assertThat(second.jdbc().sql("SELECT COUNT(*) FROM scheduled_tasks").query(Long.class).single())
                    .as("the finished retry's deadline was cancelled").isZero();
        }
    }

    private static long count(OpsledgerServer server, String runId) {
        return server.jdbc().sql("SELECT COUNT(*) FROM domainevententry WHERE aggregateidentifier = :id AND payloadtype = :type")
                .param("id", runId).param("type", TIMED_OUT).query(Long.class).single();
    }
}
