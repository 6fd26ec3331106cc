package io.opsledger.query.pipelineruns;

import io.opsledger.kernel.pipeline.AnomalyMetric;
import io.opsledger.kernel.pipeline.LineageDataset;
import io.opsledger.kernel.pipeline.LineageEventType;
import io.opsledger.kernel.pipeline.PipelineId;
import io.opsledger.kernel.pipeline.PipelineOrigin;
import io.opsledger.kernel.pipeline.PipelinePage;
import io.opsledger.kernel.pipeline.PipelineRunPage;
import io.opsledger.kernel.pipeline.PipelineRunState;
import io.opsledger.kernel.pipeline.PipelineRunView;
import io.opsledger.kernel.pipeline.PipelineRunView.AnomalyView;
import io.opsledger.kernel.pipeline.PipelineRunView.AttemptView;
import io.opsledger.kernel.pipeline.PipelineRunView.LineageEventView;
import io.opsledger.kernel.pipeline.PipelineRunView.StepView;
import io.opsledger.kernel.pipeline.PipelineStatsView;
import io.opsledger.kernel.pipeline.PipelineView;
import io.opsledger.kernel.pipeline.StepKind;
import io.opsledger.kernel.pipeline.StepState;
import io.opsledger.query.paging.KeysetCursor;
import io.opsledger.query.paging.KeysetPageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the pipeline tables and maps rows to the views the API serves. A run view is assembled
 * from its row and its steps, attempts, datasets, lineage and anomalies; a page of runs does this
 * per run, bounded by the page size.
 */
@Repository
class PipelineRunsRepository {

    static final String PIPELINES = "pipeline";
    static final String RUNS = "pipeline-run";

    private final JdbcClient jdbc;

    PipelineRunsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PipelineView> findPipeline(UUID pipelineId) {
        return jdbc.sql("SELECT * FROM pipeline WHERE pipeline_id = :id").param("id", pipelineId)
                .query(PipelineRunsRepository::pipeline).optional();
    }

    /** Pipelines oldest first, after the cursor; one row more than asked tells whether more follow. */
    PipelinePage findPipelines(String namespace, int first, KeysetCursor after) {
        KeysetPageQuery query = KeysetPageQuery.oldestFirst("SELECT * FROM pipeline", "created_at", "pipeline_id");
        if (namespace != null) {
            query.where("namespace = :namespace", "namespace", namespace);
        }
        KeysetPageQuery.Page<PipelineView> page = query.fetch(jdbc, first, after, PipelineRunsRepository::pipeline);
        List<PipelinePage.Edge> edges = page.rows().stream()
                .map(view -> new PipelinePage.Edge(new KeysetCursor(PIPELINES, view.createdAt(), view.id()).encode(), view))
                .toList();
        return new PipelinePage(edges, page.hasNext(), after != null);
    }

    /** A pipeline's runs newest first (by the time they were queued), after the cursor. */
    PipelineRunPage findRuns(PipelineId pipelineId, PipelineRunState state, int first, KeysetCursor after) {
        KeysetPageQuery query = KeysetPageQuery.newestFirst("SELECT run_id, queued_at FROM pipeline_run", "queued_at", "run_id")
                .where("pipeline_id = :pipeline", "pipeline", pipelineId.value());
        if (state != null) {
            query.where("state = :state", "state", state.name());
        }
        KeysetPageQuery.Page<KeysetCursor> keys = query.fetch(jdbc, first, after,
                (rs, row) -> new KeysetCursor(RUNS, instant(rs, "queued_at"), rs.getObject("run_id", UUID.class)));
        List<PipelineRunPage.Edge> edges = keys.rows().stream()
                .map(key -> new PipelineRunPage.Edge(key.encode(), findRun(key.id()).orElseThrow()))
                .toList();
        return new PipelineRunPage(edges, keys.hasNext(), after != null);
    }

    Optional<PipelineRunView> findRun(UUID runId) {
        return jdbc.sql("SELECT * FROM pipeline_run WHERE run_id = :id").param("id", runId)
                .query((rs, row) -> new RunRow(rs))
                .optional()
                .map(this::assemble);
    }

    /**
     * Success rate over finished runs; median and 95th percentile (nearest rank) over the durations
     * of succeeded runs. Computed here rather than in SQL so that H2 and PostgreSQL agree.
     */
    PipelineStatsView stats(PipelineId pipelineId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT state, COUNT(*) AS n FROM pipeline_run WHERE pipeline_id = :id GROUP BY state")
                .param("id", pipelineId.value())
                .query((rs, row) -> counts.put(rs.getString("state"), rs.getLong("n")))
                .list();
        long succeeded = counts.getOrDefault(PipelineRunState.SUCCEEDED.name(), 0L);
        long finished = counts.entrySet().stream().filter(entry -> PipelineRunState.valueOf(entry.getKey()).isFinished())
                .mapToLong(Map.Entry::getValue).sum();
        List<Long> durations = jdbc.sql("""
                        SELECT duration_ms FROM pipeline_run
                        WHERE pipeline_id = :id AND state = 'SUCCEEDED' AND duration_ms IS NOT NULL
                        ORDER BY duration_ms""")
                .param("id", pipelineId.value())
                .query(Long.class)
                .list();
        return new PipelineStatsView((int) finished, (int) succeeded,
                finished == 0 ? null : (double) succeeded / finished,
                percentile(durations, 0.50), percentile(durations, 0.95));
    }

    private static Long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private PipelineRunView assemble(RunRow run) {
        List<StepView> steps = jdbc.sql("SELECT * FROM pipeline_run_step WHERE run_id = :id ORDER BY position")
                .param("id", run.id)
                .query((rs, row) -> new StepView(rs.getString("name"), StepKind.valueOf(rs.getString("kind")),
                        Json.names(rs.getString("depends_on")), StepState.valueOf(rs.getString("state")),
                        instant(rs, "started_at"), instant(rs, "finished_at"), rs.getObject("rows_read", Long.class),
                        rs.getObject("rows_written", Long.class), rs.getString("reason")))
                .list();
        List<AttemptView> attempts = jdbc.sql("""
                        SELECT run_id, attempt, state, started_at, finished_at, reason FROM pipeline_run
                        WHERE first_attempt = :first ORDER BY attempt, run_id""")
                .param("first", run.firstAttempt)
                .query((rs, row) -> new AttemptView(rs.getObject("run_id", UUID.class), rs.getInt("attempt"),
                        PipelineRunState.valueOf(rs.getString("state")), instant(rs, "started_at"),
                        instant(rs, "finished_at"), rs.getString("reason")))
                .list();
        List<LineageEventView> lineage = jdbc.sql("""
                        SELECT * FROM pipeline_run_lineage WHERE run_id = :id ORDER BY event_time, revision""")
                .param("id", run.id)
                .query((rs, row) -> new LineageEventView(LineageEventType.valueOf(rs.getString("event_type")),
                        instant(rs, "event_time"), rs.getString("producer"), Json.datasets(rs.getString("inputs")),
                        Json.datasets(rs.getString("outputs")), rs.getString("run_facets"), rs.getString("job_facets")))
                .list();
        List<AnomalyView> anomalies = jdbc.sql("SELECT * FROM pipeline_run_anomaly WHERE run_id = :id ORDER BY metric")
                .param("id", run.id)
                .query((rs, row) -> new AnomalyView(AnomalyMetric.valueOf(rs.getString("metric")), rs.getDouble("observed"),
                        rs.getDouble("median"), rs.getDouble("mad"), rs.getDouble("k"), rs.getInt("history_size"),
                        rs.getDouble("lower_bound"), rs.getDouble("upper_bound")))
                .list();
        return new PipelineRunView(run.id, run.pipelineId, run.state, run.attempt, run.retryOf, run.retriedBy,
                run.definitionVersion, run.origin, run.openLineageRunId, run.queuedAt, run.startedAt, run.finishedAt,
                run.timeoutAt, run.durationMillis, run.rowsRead, run.rowsWritten, run.reason, run.revision, steps,
                attempts, datasets(run.id, "IN"), datasets(run.id, "OUT"), lineage, anomalies);
    }

    private List<LineageDataset> datasets(UUID runId, String direction) {
        return jdbc.sql("""
                        SELECT namespace, name, facets FROM pipeline_run_dataset
                        WHERE run_id = :id AND direction = :direction ORDER BY namespace, name""")
                .param("id", runId)
                .param("direction", direction)
                .query((rs, row) -> new LineageDataset(rs.getString("namespace"), rs.getString("name"), rs.getString("facets")))
                .list();
    }

    private static PipelineView pipeline(ResultSet rs, int row) throws SQLException {
        Long timeout = rs.getObject("timeout_seconds", Long.class);
        return new PipelineView(rs.getObject("pipeline_id", UUID.class), rs.getString("namespace"), rs.getString("name"),
                PipelineOrigin.valueOf(rs.getString("origin")), rs.getInt("definition_version"),
                Json.steps(rs.getString("steps")), rs.getInt("max_retries"), timeout, rs.getInt("run_count"),
                rs.getLong("revision"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    /** The run's own row, read before its lists. */
    private static final class RunRow {
        final UUID id;
        final UUID pipelineId;
        final PipelineRunState state;
        final int attempt;
        final UUID retryOf;
        final UUID retriedBy;
        final UUID firstAttempt;
        final int definitionVersion;
        final PipelineOrigin origin;
        final UUID openLineageRunId;
        final Instant queuedAt;
        final Instant startedAt;
        final Instant finishedAt;
        final Instant timeoutAt;
        final Long durationMillis;
        final Long rowsRead;
        final Long rowsWritten;
        final String reason;
        final long revision;

        RunRow(ResultSet rs) throws SQLException {
            id = rs.getObject("run_id", UUID.class);
            pipelineId = rs.getObject("pipeline_id", UUID.class);
            state = PipelineRunState.valueOf(rs.getString("state"));
            attempt = rs.getInt("attempt");
            retryOf = rs.getObject("retry_of", UUID.class);
            retriedBy = rs.getObject("retried_by", UUID.class);
            firstAttempt = rs.getObject("first_attempt", UUID.class);
            definitionVersion = rs.getInt("definition_version");
            origin = PipelineOrigin.valueOf(rs.getString("origin"));
            openLineageRunId = rs.getObject("openlineage_run_id", UUID.class);
            queuedAt = instant(rs, "queued_at");
            startedAt = instant(rs, "started_at");
            finishedAt = instant(rs, "finished_at");
            timeoutAt = instant(rs, "timeout_at");
            durationMillis = rs.getObject("duration_ms", Long.class);
            rowsRead = rs.getObject("rows_read", Long.class);
            rowsWritten = rs.getObject("rows_written", Long.class);
            reason = rs.getString("reason");
            revision = rs.getLong("revision");
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
