package io.opsledger.api.pipeline;

import io.openlineage.client.OpenLineage;
import io.openlineage.client.OpenLineage.RunEvent.EventType;
import io.openlineage.client.OpenLineageClient;
import io.openlineage.client.transports.ApiKeyTokenProvider;
import io.openlineage.client.transports.HttpConfig;
import io.openlineage.client.transports.HttpTransport;
import io.opsledger.kernel.pipeline.PipelineId;
import io.opsledger.kernel.pipeline.PipelineRunId;
import io.opsledger.support.OpsledgerServer;
import io.opsledger.support.PipelineClient;
import io.opsledger.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.opsledger.support.PipelineClient.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * RunEvents built and sent by the official OpenLineage Java client, over real HTTP, become
 * pipelines and runs with the right states, namespaces and datasets, also when duplicated and
 * reordered; and the endpoint answers bad input as a client needs.
 */
class OpenLineageIngestIT {

    private static final URI PRODUCER = URI.create("https://github.com/OpenLineage/OpenLineage/tree/1.39.0/client/java");
    private static final ZonedDateTime T0 = ZonedDateTime.of(2026, 11, 2, 2, 0, 0, 0, ZoneOffset.UTC);

    private static PostgresTestDatabase database;
    private static OpsledgerServer server;
    private static PipelineClient pipelines;
    private static OpenLineageClient client;
    private static String lineageToken;
    private static final OpenLineage ol = new OpenLineage(PRODUCER);

    @BeforeAll
    static void startServer() {
        database = PostgresTestDatabase.freshSchema();
        server = OpsledgerServer.onPostgres(database, "opsledger.backup.scan.enabled=false",
                "opsledger.lineage.max-body-size=64KB");
        pipelines = new PipelineClient(server.http());
        lineageToken = server.createToken("lineage-it", "OPERATOR");
        HttpConfig config = new HttpConfig();
        config.setUrl(URI.create("http://localhost:" + server.port()));
        ApiKeyTokenProvider auth = new ApiKeyTokenProvider();
        auth.setApiKey(lineageToken);
        config.setAuth(auth);
        client = new OpenLineageClient(new HttpTransport(config));
    }

    @AfterAll
    static void stopServer() throws Exception {
        client.close();
        server.close();
        database.drop();
    }

    private static OpenLineage.RunEvent event(EventType type, UUID runId, String namespace, String job,
                                              ZonedDateTime at, Long rowsWritten) {
        OpenLineage.OutputDatasetBuilder output = ol.newOutputDatasetBuilder().namespace("s3://lake").name("orders_daily");
        if (rowsWritten != null) {
            output.outputFacets(ol.newOutputDatasetOutputFacetsBuilder()
                    .outputStatistics(ol.newOutputStatisticsOutputDatasetFacetBuilder().rowCount(rowsWritten).build())
                    .build());
        }
        return ol.newRunEventBuilder()
                .eventType(type)
                .eventTime(at)
                .run(ol.newRunBuilder().runId(runId)
                        .facets(ol.newRunFacetsBuilder()
                                .nominalTime(ol.newNominalTimeRunFacetBuilder().nominalStartTime(at).build())
                                .build())
                        .build())
                .job(ol.newJobBuilder().namespace(namespace).name(job).build())
                .inputs(List.of(ol.newInputDatasetBuilder().namespace("postgres://db01:5432").name("shop.orders").build()))
                .outputs(List.of(output.build()))
                .build();
    }

    private static String runOf(String namespace, String job, UUID runId) {
        return PipelineRunId.forOpenLineageRun(namespace, job, runId).toString();
    }

    @Test
    void startThenCompleteIsASucceededRunWithItsDatasets() {
        UUID runId = UUID.randomUUID();
        client.emit(event(EventType.START, runId, "airflow-prod", "orders_dag.extract", T0, null));
        client.emit(event(EventType.COMPLETE, runId, "airflow-prod", "orders_dag.extract", T0.plusSeconds(75), 1234L));

        Map<String, Object> run = pipelines.awaitRun(runOf("airflow-prod", "orders_dag.extract", runId),
                r -> "SUCCEEDED".equals(r.get("state")));
        assertThat(run).containsEntry("origin", "OPENLINEAGE").containsEntry("openLineageRunId", runId.toString())
                .containsEntry("attempt", 1).containsEntry("durationMillis", 75_000.0).containsEntry("rowsWritten", 1234.0);
        @SuppressWarnings("unchecked")
        Map<String, Object> pipeline = (Map<String, Object>) run.get("pipeline");
        assertThat(pipeline).containsEntry("namespace", "airflow-prod").containsEntry("name", "orders_dag.extract")
                .containsEntry("origin", "OPENLINEAGE")
                .containsEntry("id", PipelineId.forJob("airflow-prod", "orders_dag.extract").toString());
        assertThat(list(run, "inputs")).singleElement().satisfies(input -> assertThat(input)
                .containsEntry("namespace", "postgres://db01:5432").containsEntry("name", "shop.orders"));
        assertThat(list(run, "outputs")).singleElement().satisfies(output -> {
            assertThat(output).containsEntry("namespace", "s3://lake").containsEntry("name", "orders_daily");
            assertThat((String) output.get("facets")).contains("\"rowCount\":1234");
        });
        assertThat(list(run, "lineage")).extracting(e -> e.get("eventType")).containsExactly("START", "COMPLETE");
        assertThat((String) list(run, "lineage").getFirst().get("runFacets")).contains("nominalTime");
        assertThat(list(run, "lineage").getFirst().get("producer")).isEqualTo(PRODUCER.toString());
    }

    @Test
    void duplicatedAndReorderedEventsGiveTheSameRun() {
        UUID runId = UUID.randomUUID();
        OpenLineage.RunEvent start = event(EventType.START, runId, "dagster", "daily_sales", T0, null);
        OpenLineage.RunEvent complete = event(EventType.COMPLETE, runId, "dagster", "daily_sales", T0.plusSeconds(30), 10L);
        client.emit(complete);
        client.emit(complete);
        client.emit(start);
        client.emit(start);
        client.emit(complete);

        String id = runOf("dagster", "daily_sales", runId);
        Map<String, Object> run = pipelines.awaitRun(id, r -> r.get("startedAt") != null);
        assertThat(run).containsEntry("state", "SUCCEEDED").containsEntry("durationMillis", 30_000.0)
                .containsEntry("startedAt", "2026-11-02T02:00:00Z").containsEntry("finishedAt", "2026-11-02T02:00:30Z");
        assertThat(list(run, "lineage")).extracting(e -> e.get("eventType")).containsExactly("START", "COMPLETE");
        assertThat(list(run, "attempts")).hasSize(1);
        String pipelineId = PipelineId.forJob("dagster", "daily_sales").toString();
        assertThat(pipelines.pipeline(pipelineId)).containsEntry("runCount", 1).containsEntry("successRate", 1.0);
        assertThat(server.jdbc().sql("SELECT COUNT(*) FROM domainevententry WHERE aggregateidentifier = :id")
                .param("id", id).query(Long.class).single()).as("queued, 2 lineage, succeeded, start learned").isEqualTo(5L);
    }

    @Test
    void failAndAbortEndTheRunAsFailedAndCancelled() {
        UUID failed = UUID.randomUUID();
        UUID aborted = UUID.randomUUID();
        client.emit(event(EventType.START, failed, "spark", "etl.job", T0, null));
        client.emit(event(EventType.RUNNING, failed, "spark", "etl.job", T0.plusSeconds(1), null));
        client.emit(event(EventType.FAIL, failed, "spark", "etl.job", T0.plusSeconds(2), null));
        client.emit(event(EventType.START, aborted, "spark", "etl.job", T0, null));
        client.emit(event(EventType.ABORT, aborted, "spark", "etl.job", T0.plusSeconds(3), null));
        client.emit(event(EventType.OTHER, aborted, "spark", "etl.job", T0.plusSeconds(4), null));

        assertThat(pipelines.awaitRun(runOf("spark", "etl.job", failed), r -> "FAILED".equals(r.get("state"))).get("reason"))
                .isEqualTo("reported as FAIL through OpenLineage");
        Map<String, Object> cancelled = pipelines.awaitRun(runOf("spark", "etl.job", aborted),
                r -> list(r, "lineage").size() == 3);
        assertThat(cancelled).containsEntry("state", "CANCELLED");
        Map<String, Object> pipeline = pipelines.pipeline(PipelineId.forJob("spark", "etl.job").toString());
        assertThat(pipeline).containsEntry("runCount", 2).containsEntry("successRate", 0.0);
    }

    @Test
    void malformedJsonIsABadRequestThatSaysWhere() throws Exception {
        HttpResponse<String> response = post("{\"eventType\": \"START\", \"run\": {");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("malformed JSON at line 1");
    }

    @Test
    void missingOrWrongFieldsAreNamed() throws Exception {
        String noRunId = """
                {"eventType":"START","eventTime":"2026-11-02T02:00:00Z","run":{},"job":{"namespace":"n","name":"j"},
                 "producer":"curl","schemaURL":"https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent"}""";
        assertThat(post(noRunId).body()).contains("run.runId is required");
        String badType = noRunId.replace("\"run\":{}", "\"run\":{\"runId\":\"" + UUID.randomUUID() + "\"}")
                .replace("START", "BEGIN");
        HttpResponse<String> response = post(badType);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("eventType: 'BEGIN' is not one of");
        assertThat(post("[]").body()).contains("must be a JSON object");
    }

    @Test
    void bodyOverTheLimitIsTooLarge() throws Exception {
        String huge = "{\"padding\":\"" + "x".repeat(100 * 1024) + "\"}";
        HttpResponse<String> response = post(huge);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("larger than 65536 bytes");
    }

    /**
     * 20 normal runs (990 or 1010 ms, 500 rows) then one ten times slower: exactly one anomaly, with
     * its numbers. On another job, the same slow run as the tenth run raises none: it has only 9 before it.
     */
    @Test
    void tenTimesSlowerRunAfterTwentyIsOneAnomalyAndNoneBeforeTen() {
        String early = "anomaly-early";
        for (int i = 0; i < 9; i++) {
            report("warehouse", early, i, i % 2 == 0 ? 990 : 1010);
        }
        String earlySlow = report("warehouse", early, 9, 10_000);

        String job = "anomaly-twenty";
        for (int i = 0; i < 20; i++) {
            report("warehouse", job, i, i % 2 == 0 ? 990 : 1010);
        }
        String slow = report("warehouse", job, 20, 10_000);

        String earlyPipeline = PipelineId.forJob("warehouse", early).toString();
        String pipeline = PipelineId.forJob("warehouse", job).toString();
        await().atMost(Duration.ofSeconds(30)).until(() -> count(earlyPipeline, "PipelineRunOutcomeRecordedEvent") == 10
                && count(pipeline, "PipelineRunOutcomeRecordedEvent") == 21);
        assertThat(count(earlyPipeline, "PipelineRunAnomalyDetectedEvent")).as("no anomaly before 10 runs").isZero();
        assertThat(count(pipeline, "PipelineRunAnomalyDetectedEvent")).isEqualTo(1);
        String anomaly = server.jdbc().sql("""
                        SELECT convert_from(payload, 'UTF8') FROM domainevententry
                        WHERE aggregateidentifier = :id AND payloadtype LIKE '%AnomalyDetectedEvent'""")
                .param("id", pipeline).query(String.class).single();
        assertThat(anomaly).contains("\"runId\":{\"value\":\"" + slow + "\"}", "\"metric\":\"DURATION_MILLIS\"", "\"value\":10000.0",
                "\"median\":1000.0", "\"mad\":10.0", "\"historySize\":20", "\"lowerBound\":825.0", "\"upperBound\":1175.0");

        Map<String, Object> run = pipelines.awaitRun(slow, r -> !list(r, "anomalies").isEmpty());
        assertThat(list(run, "anomalies")).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("metric", "DURATION_MILLIS").containsEntry("value", 10_000.0)
                .containsEntry("median", 1000.0).containsEntry("upperBound", 1175.0).containsEntry("historySize", 20));
        assertThat(list(pipelines.run(earlySlow), "anomalies")).isEmpty();
        Map<String, Object> stats = pipelines.pipeline(pipeline);
        assertThat(stats).containsEntry("successRate", 1.0).containsEntry("p50Duration", 1010.0)
                .containsEntry("p95Duration", 1010.0).containsEntry("runCount", 21);

        List<String> alerts = await().atMost(Duration.ofSeconds(15)).until(this::anomalyAlertMessages, found -> !found.isEmpty());
        assertThat(alerts).as("exactly one anomaly alert, with the numbers").singleElement().satisfies(message ->
                assertThat(message).contains(slow, "DURATION_MILLIS", "10000.0", "825.0", "1175.0", "median 1000.0", "20 runs"));
    }

    private List<String> anomalyAlertMessages() {
        return server.http().document("{ alerts(first: 100) { edges { node { kind message } } } }").execute()
                .path("alerts.edges[*].node").entityList(Map.class).get().stream()
                .filter(alert -> "PIPELINE_RUN_ANOMALY".equals(alert.get("kind")))
                .map(alert -> (String) alert.get("message"))
                .toList();
    }

    /** One run of {@code job} reported START then COMPLETE, {@code millis} apart; answers our run id. */
    private static String report(String namespace, String job, int index, long millis) {
        UUID runId = UUID.nameUUIDFromBytes((job + index).getBytes());
        ZonedDateTime start = T0.plusHours(index);
        client.emit(event(EventType.START, runId, namespace, job, start, null));
        client.emit(event(EventType.COMPLETE, runId, namespace, job, start.plusNanos(millis * 1_000_000), 500L));
        return runOf(namespace, job, runId);
    }

    private static long count(String aggregateId, String eventType) {
        return server.jdbc().sql("SELECT COUNT(*) FROM domainevententry WHERE aggregateidentifier = :id AND payloadtype = :type")
                .param("id", aggregateId).param("type", "io.opsledger.kernel.pipeline." + eventType)
                .query(Long.class).single();
    }

    private static HttpResponse<String> post(String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + server.port() + "/api/v1/lineage"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + lineageToken)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
