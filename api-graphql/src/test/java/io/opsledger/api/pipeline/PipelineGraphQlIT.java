package io.opsledger.api.pipeline;

import io.opsledger.support.OpsledgerServer;
import io.opsledger.support.PipelineClient;
import io.opsledger.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static io.opsledger.support.PipelineClient.list;
import static org.assertj.core.api.Assertions.assertThat;

/** A pipeline defined and run through GraphQL: steps in dependency order, rejections with their rule, retries, the subscription. */
class PipelineGraphQlIT {

    private static PostgresTestDatabase database;
    private static OpsledgerServer server;
    private static PipelineClient pipelines;

    @BeforeAll
    static void startServer() {
        database = PostgresTestDatabase.freshSchema();
        server = OpsledgerServer.onPostgres(database, "opsledger.backup.scan.enabled=false");
        pipelines = new PipelineClient(server.http());
    }

    @AfterAll
    static void stopServer() {
        server.close();
        database.drop();
    }

    private static Map<String, Object> step(String name, String kind, String... dependsOn) {
        return Map.of("name", name, "kind", kind, "dependsOn", List.of(dependsOn));
    }

    @Test
    void runsStepByStepAndIsRetriedAfterAFailure() {
        Map<String, Object> pipeline = pipelines.mutate("createPipeline", "pipeline", Map.of("namespace", "warehouse",
                "name", "orders", "maxRetries", 1, "timeoutSeconds", 3600,
                "steps", List.of(step("extract", "EXTRACT"), step("load", "LOAD", "extract"))));
        assertThat(pipeline).containsEntry("definitionVersion", 1).containsEntry("timeoutSeconds", 3600);
        String pipelineId = (String) pipeline.get("id");

        Map<String, Object> queued = pipelines.mutate("queuePipelineRun", "run", Map.of("pipelineId", pipelineId));
        assertThat(queued).containsEntry("state", "QUEUED").containsEntry("attempt", 1);
        String runId = (String) queued.get("id");
        assertThat(pipelines.mutate("startPipelineRun", "run", Map.of("runId", runId)))
                .containsEntry("state", "RUNNING").extractingByKey("timeoutAt").isNotNull();

        Map<String, Object> early = pipelines.reject("startPipelineStep", Map.of("runId", runId, "step", "load"));
        assertThat(early).containsEntry("code", "VALIDATION").containsEntry("rule", "STEP_DEPENDENCIES_NOT_SUCCEEDED")
                .containsEntry("field", "step");

        pipelines.mutate("startPipelineStep", "run", Map.of("runId", runId, "step", "extract"));
        pipelines.mutate("completePipelineStep", "run", Map.of("runId", runId, "step", "extract", "rowsRead", 100,
                "rowsWritten", 100));
        pipelines.mutate("startPipelineStep", "run", Map.of("runId", runId, "step", "load"));
        Map<String, Object> failed = pipelines.mutate("failPipelineStep", "run", Map.of("runId", runId, "step", "load",
                "reason", "warehouse unreachable"));
        assertThat(failed).containsEntry("state", "FAILED").containsEntry("reason", "step 'load' failed: warehouse unreachable");
        assertThat(list(failed, "steps")).extracting(s -> s.get("state")).containsExactly("SUCCEEDED", "FAILED");

        Map<String, Object> retry = pipelines.mutate("retryPipelineRun", "run", Map.of("runId", runId));
        assertThat(retry).containsEntry("state", "QUEUED").containsEntry("attempt", 2).containsEntry("retryOf", runId);
        assertThat(list(retry, "attempts")).extracting(a -> a.get("attempt")).containsExactly(1, 2);
        assertThat(list(retry, "steps")).extracting(s -> s.get("state")).containsExactly("PENDING", "PENDING");
        assertThat(pipelines.reject("retryPipelineRun", Map.of("runId", runId))).containsEntry("rule", "RUN_ALREADY_RETRIED");

        String secondId = (String) retry.get("id");
        pipelines.mutate("startPipelineRun", "run", Map.of("runId", secondId));
        pipelines.mutate("failPipelineRun", "run", Map.of("runId", secondId, "reason", "again"));
        assertThat(pipelines.reject("retryPipelineRun", Map.of("runId", secondId))).containsEntry("rule", "RETRIES_EXHAUSTED");
        assertThat(pipelines.reject("startPipelineRun", Map.of("runId", secondId))).containsEntry("rule", "RUN_ALREADY_FINISHED");

        Map<String, Object> view = pipelines.pipeline(pipelineId);
        assertThat(view).containsEntry("runCount", 2).containsEntry("successRate", 0.0);
        @SuppressWarnings("unchecked")
        Map<String, Object> runs = (Map<String, Object>) view.get("runs");
        assertThat(list(runs, "edges")).hasSize(2);
    }

    @Test
    void definitionRulesComeBackAsTypedErrors() {
        Map<String, Object> cycle = pipelines.reject("createPipeline", Map.of("namespace", "warehouse", "name", "cyclic",
                "steps", List.of(step("a", "EXTRACT", "b"), step("b", "TRANSFORM", "a"))));
        assertThat(cycle).containsEntry("rule", "STEP_DEPENDENCY_CYCLE").containsEntry("field", "steps");
        assertThat((String) cycle.get("message")).contains("a → b → a");
        assertThat(pipelines.reject("createPipeline", Map.of("namespace", "warehouse", "name", "dangling",
                "steps", List.of(step("load", "LOAD", "extract"))))).containsEntry("rule", "STEP_DEPENDENCY_DANGLING");

        pipelines.mutate("createPipeline", "pipeline", Map.of("namespace", "warehouse", "name", "twice"));
        assertThat(pipelines.reject("createPipeline", Map.of("namespace", "warehouse", "name", "twice")))
                .containsEntry("rule", "ID_ALREADY_USED");
        String unknown = java.util.UUID.randomUUID().toString();
        assertThat(pipelines.reject("queuePipelineRun", Map.of("pipelineId", unknown)))
                .containsEntry("code", "NOT_FOUND").containsEntry("entity", "Pipeline").containsEntry("id", unknown);
    }

    @Test
    void definitionChangesAreVersionsAndRunsKeepTheirs() {
        String pipelineId = (String) pipelines.mutate("createPipeline", "pipeline", Map.of("namespace", "warehouse",
                "name", "versions", "steps", List.of(step("extract", "EXTRACT")))).get("id");
        String runId = (String) pipelines.mutate("queuePipelineRun", "run", Map.of("pipelineId", pipelineId)).get("id");
        Map<String, Object> changed = pipelines.mutate("changePipelineDefinition", "pipeline", Map.of("id", pipelineId,
                "steps", List.of(step("extract", "EXTRACT"), step("load", "LOAD", "extract")), "maxRetries", 2));
        assertThat(changed).containsEntry("definitionVersion", 2).containsEntry("maxRetries", 2);
        assertThat(list(pipelines.run(runId), "steps")).hasSize(1);
        assertThat(list(pipelines.mutate("queuePipelineRun", "run", Map.of("pipelineId", pipelineId)), "steps")).hasSize(2);
    }

    @Test
    void subscriptionStreamsEveryChangeOfThePipelinesRuns() {
        String pipelineId = (String) pipelines.mutate("createPipeline", "pipeline", Map.of("namespace", "warehouse",
                "name", "watched")).get("id");
        WebSocketGraphQlTester ws = server.webSocket();
        try {
            Flux<String> states = ws.document("""
                            subscription($pipelineId: ID) { pipelineRunUpdated(pipelineId: $pipelineId) { id state } }""")
                    .variable("pipelineId", pipelineId)
                    .executeSubscription()
                    .toFlux("pipelineRunUpdated.state", String.class);
            // Each message is the run as the read model holds it once it has applied (at least) the change
            // that caused it; a state equal to the one pushed before is not sent again. So the states come in
            // the order of the transitions, none twice, and the last is SUCCEEDED.
            List<String> order = List.of("QUEUED", "RUNNING", "SUCCEEDED");
            StepVerifier.create(states.takeUntil("SUCCEEDED"::equals))
                    .then(() -> {
                        String runId = (String) pipelines.mutate("queuePipelineRun", "run", Map.of("pipelineId", pipelineId)).get("id");
                        pipelines.mutate("startPipelineRun", "run", Map.of("runId", runId));
                        pipelines.mutate("completePipelineRun", "run", Map.of("runId", runId, "rowsWritten", 3));
                    })
                    .recordWith(ArrayList::new)
                    .thenConsumeWhile(order::contains)
                    .consumeRecordedWith(seen -> assertThat(List.copyOf(seen)).isSubsetOf(order).doesNotHaveDuplicates()
                            .isSortedAccordingTo(Comparator.comparingInt(order::indexOf)).last().isEqualTo("SUCCEEDED"))
                    .verifyComplete();
        } finally {
            ws.stop().block(Duration.ofSeconds(5));
        }
    }
}
