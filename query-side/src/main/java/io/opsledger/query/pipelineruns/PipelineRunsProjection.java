package io.opsledger.query.pipelineruns;

import io.opsledger.query.readmodel.ProcessingGroups;
import io.opsledger.query.readmodel.ReadModelTime;
import io.opsledger.query.readmodel.RevisionGuard;
import io.opsledger.kernel.pipeline.LineageDataset;
import io.opsledger.kernel.pipeline.PipelineCreatedEvent;
import io.opsledger.kernel.pipeline.PipelineDefinition;
import io.opsledger.kernel.pipeline.PipelineDefinitionChangedEvent;
import io.opsledger.kernel.pipeline.PipelineEvent;
import io.opsledger.kernel.pipeline.PipelineRunAnomalyDetectedEvent;
import io.opsledger.kernel.pipeline.PipelineRunCancelledEvent;
import io.opsledger.kernel.pipeline.PipelineRunEvent;
import io.opsledger.kernel.pipeline.PipelineRunFailedEvent;
import io.opsledger.kernel.pipeline.PipelineRunId;
import io.opsledger.kernel.pipeline.PipelineRunLineageRecordedEvent;
import io.opsledger.kernel.pipeline.PipelineRunOutcomeRecordedEvent;
import io.opsledger.kernel.pipeline.PipelineRunQueuedEvent;
import io.opsledger.kernel.pipeline.PipelineRunRetriedEvent;
import io.opsledger.kernel.pipeline.PipelineRunStartTimeLearnedEvent;
import io.opsledger.kernel.pipeline.PipelineRunStartedEvent;
import io.opsledger.kernel.pipeline.PipelineRunState;
import io.opsledger.kernel.pipeline.PipelineRunSucceededEvent;
import io.opsledger.kernel.pipeline.PipelineRunTimedOutEvent;
import io.opsledger.kernel.pipeline.PipelineStepFailedEvent;
import io.opsledger.kernel.pipeline.PipelineStepStartedEvent;
import io.opsledger.kernel.pipeline.PipelineStepSucceededEvent;
import io.opsledger.kernel.pipeline.StepDefinition;
import io.opsledger.kernel.pipeline.StepState;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps the pipeline tables in step with pipeline and run events. Every handler first claims the
 * event: the pipeline's or the run's stored revision moves forward to the event's sequence number,
 * or the event was applied already and the handler does nothing, so a replay never applies an
 * event twice. Creations insert only when the row is missing, for the same reason.
 */
@Component
@ProcessingGroup(PipelineRunsProjection.PROCESSING_GROUP)
class PipelineRunsProjection {

    static final String PROCESSING_GROUP = ProcessingGroups.PIPELINE_RUNS;

    private final JdbcClient jdbc;
    private final PipelineRunsRepository repository;

    PipelineRunsProjection(JdbcClient jdbc, PipelineRunsRepository repository) {
        this.jdbc = jdbc;
        this.repository = repository;
    }

    // --- pipelines ---------------------------------------------------------------------------

    @EventHandler
    void on(PipelineCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        jdbc.sql("""
                        INSERT INTO pipeline (pipeline_id, namespace, name, origin, definition_version, steps, max_retries,
                               timeout_seconds, revision, created_at, updated_at)
                        SELECT :id, :namespace, :name, :origin, :version, :steps, :retries, :timeout, :revision, :at, :at
                        WHERE NOT EXISTS (SELECT 1 FROM pipeline WHERE pipeline_id = :id)""")
                .param("id", event.pipelineId().value())
                .param("namespace", event.namespace())
                .param("name", event.name())
                .param("origin", event.origin().name())
                .params(definitionColumns(event.definition()))
                .param("revision", sequence)
                .param("at", ReadModelTime.of(timestamp))
                .update();
    }

    @EventHandler
    void on(PipelineDefinitionChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            jdbc.sql("""
                            UPDATE pipeline SET definition_version = :version, steps = :steps, max_retries = :retries,
                                   timeout_seconds = :timeout
                            WHERE pipeline_id = :id""")
                    .params(definitionColumns(event.definition()))
                    .param("id", event.pipelineId().value())
                    .update();
        }
    }

    @EventHandler
    void on(PipelineRunOutcomeRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        claim(event, sequence, timestamp);
    }

    @EventHandler
    void on(PipelineRunAnomalyDetectedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            jdbc.sql("""
                            INSERT INTO pipeline_run_anomaly (run_id, metric, observed, median, mad, k, history_size,
                                   lower_bound, upper_bound)
                            VALUES (:run, :metric, :value, :median, :mad, :k, :size, :lower, :upper)""")
                    .param("run", event.runId().value())
                    .param("metric", event.metric().name())
                    .param("value", event.value())
                    .param("median", event.median())
                    .param("mad", event.mad())
                    .param("k", event.k())
                    .param("size", event.historySize())
                    .param("lower", event.lowerBound())
                    .param("upper", event.upperBound())
                    .update();
        }
    }

    // --- runs --------------------------------------------------------------------------------

    @EventHandler
    void on(PipelineRunQueuedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        UUID run = event.runId().value();
        int inserted = jdbc.sql("""
                        INSERT INTO pipeline_run (run_id, pipeline_id, state, attempt, retry_of, first_attempt,
                               definition_version, origin, openlineage_run_id, queued_at, revision, updated_at)
                        SELECT :run, :pipeline, :state, :attempt, :retryOf, :first, :version, :origin, :olRun, :queuedAt,
                               :revision, :at
                        WHERE NOT EXISTS (SELECT 1 FROM pipeline_run WHERE run_id = :run)""")
                .param("run", run)
                .param("pipeline", event.pipelineId().value())
                .param("state", PipelineRunState.QUEUED.name())
                .param("attempt", event.attempt())
                .param("retryOf", event.retryOf() == null ? null : event.retryOf().value())
                .param("first", event.firstAttempt().value())
                .param("version", event.definition().version())
                .param("origin", event.origin().name())
                .param("olRun", event.openLineageRunId())
                .param("queuedAt", ReadModelTime.of(event.queuedAt()))
                .param("revision", sequence)
                .param("at", ReadModelTime.of(timestamp))
                .update();
        if (inserted == 1) {
            List<StepDefinition> steps = event.definition().steps();
            for (int position = 0; position < steps.size(); position++) {
                StepDefinition step = steps.get(position);
                jdbc.sql("""
                                INSERT INTO pipeline_run_step (run_id, name, position, kind, depends_on, state)
                                VALUES (:run, :name, :position, :kind, :dependsOn, :state)""")
                        .param("run", run)
                        .param("name", step.name().value())
                        .param("position", position)
                        .param("kind", step.kind().name())
                        .param("dependsOn", Json.names(step.dependsOn()))
                        .param("state", StepState.PENDING.name())
                        .update();
            }
            jdbc.sql("""
                            UPDATE pipeline SET run_count = (SELECT COUNT(*) FROM pipeline_run r
                                                             WHERE r.pipeline_id = pipeline.pipeline_id)
                            WHERE pipeline_id = :pipeline""")
                    .param("pipeline", event.pipelineId().value())
                    .update();
        }
    }

    @EventHandler
    void on(PipelineRunStartedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            jdbc.sql("UPDATE pipeline_run SET state = :state, started_at = :startedAt, timeout_at = :timeoutAt WHERE run_id = :run")
                    .param("state", PipelineRunState.RUNNING.name())
                    .param("startedAt", ReadModelTime.of(event.startedAt()))
                    .param("timeoutAt", ReadModelTime.of(event.timeoutAt()))
                    .param("run", event.runId().value())
                    .update();
        }
    }

    @EventHandler
    void on(PipelineStepStartedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            jdbc.sql("UPDATE pipeline_run_step SET state = :state, started_at = :at WHERE run_id = :run AND name = :name")
                    .param("state", StepState.RUNNING.name())
                    .param("at", ReadModelTime.of(event.at()))
                    .param("run", event.runId().value())
                    .param("name", event.step().value())
                    .update();
        }
    }

    @EventHandler
    void on(PipelineStepSucceededEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            jdbc.sql("""
                            UPDATE pipeline_run_step SET state = :state, finished_at = :at, rows_read = :read,
                                   rows_written = :written
                            WHERE run_id = :run AND name = :name""")
                    .param("state", StepState.SUCCEEDED.name())
                    .param("at", ReadModelTime.of(event.at()))
                    .param("read", event.rowsRead())
                    .param("written", event.rowsWritten())
                    .param("run", event.runId().value())
                    .param("name", event.step().value())
                    .update();
        }
    }

    @EventHandler
    void on(PipelineStepFailedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            jdbc.sql("""
                            UPDATE pipeline_run_step SET state = :state, finished_at = :at, reason = :reason
                            WHERE run_id = :run AND name = :name""")
                    .param("state", StepState.FAILED.name())
                    .param("at", ReadModelTime.of(event.at()))
                    .param("reason", event.reason())
                    .param("run", event.runId().value())
                    .param("name", event.step().value())
                    .update();
        }
    }

    @EventHandler
    void on(PipelineRunSucceededEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            jdbc.sql("""
                            UPDATE pipeline_run SET state = :state, started_at = :startedAt, finished_at = :finishedAt,
                                   duration_ms = :duration, rows_read = :read, rows_written = :written
                            WHERE run_id = :run""")
                    .param("state", PipelineRunState.SUCCEEDED.name())
                    .param("startedAt", ReadModelTime.of(event.startedAt()))
                    .param("finishedAt", ReadModelTime.of(event.finishedAt()))
                    .param("duration", event.durationMillis())
                    .param("read", event.rowsRead())
                    .param("written", event.rowsWritten())
                    .param("run", event.runId().value())
                    .update();
        }
    }

    @EventHandler
    void on(PipelineRunFailedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            finish(event.runId(), PipelineRunState.FAILED, event.finishedAt(), event.durationMillis(), event.reason());
        }
    }

    @EventHandler
    void on(PipelineRunCancelledEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            finish(event.runId(), PipelineRunState.CANCELLED, event.at(), null, event.reason());
        }
    }

    @EventHandler
    void on(PipelineRunTimedOutEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            finish(event.runId(), PipelineRunState.TIMED_OUT, event.timedOutAt(),
                    event.timedOutAt().toEpochMilli() - event.startedAt().toEpochMilli(),
                    "still running after %d s".formatted(event.timeout().toSeconds()));
        }
    }

    @EventHandler
    void on(PipelineRunRetriedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            jdbc.sql("UPDATE pipeline_run SET retried_by = :next WHERE run_id = :run")
                    .param("next", event.nextRunId().value())
                    .param("run", event.runId().value())
                    .update();
        }
    }

    @EventHandler
    void on(PipelineRunStartTimeLearnedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            jdbc.sql("UPDATE pipeline_run SET started_at = :startedAt, duration_ms = :duration WHERE run_id = :run")
                    .param("startedAt", ReadModelTime.of(event.startedAt()))
                    .param("duration", event.durationMillis())
                    .param("run", event.runId().value())
                    .update();
        }
    }

    @EventHandler
    void on(PipelineRunLineageRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            UUID run = event.runId().value();
            jdbc.sql("""
                            INSERT INTO pipeline_run_lineage (run_id, revision, event_type, event_time, producer, inputs,
                                   outputs, run_facets, job_facets)
                            VALUES (:run, :revision, :type, :time, :producer, :inputs, :outputs, :runFacets, :jobFacets)""")
                    .param("run", run)
                    .param("revision", sequence)
                    .param("type", event.eventType().name())
                    .param("time", ReadModelTime.of(event.eventTime()))
                    .param("producer", event.producer())
                    .param("inputs", Json.datasets(event.inputs()))
                    .param("outputs", Json.datasets(event.outputs()))
                    .param("runFacets", event.runFacets())
                    .param("jobFacets", event.jobFacets())
                    .update();
            keepDatasets(run, "IN", event.inputs());
            keepDatasets(run, "OUT", event.outputs());
        }
    }

    @ResetHandler
    void reset() {
        for (String table : List.of("pipeline_run_anomaly", "pipeline_run_dataset", "pipeline_run_lineage",
                "pipeline_run_step", "pipeline_run", "pipeline")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    private void keepDatasets(UUID run, String direction, List<LineageDataset> datasets) {
        if (datasets == null) {
            return;
        }
        for (LineageDataset dataset : datasets) {
            jdbc.sql("DELETE FROM pipeline_run_dataset WHERE run_id = :run AND direction = :direction AND namespace = :namespace AND name = :name")
                    .param("run", run).param("direction", direction)
                    .param("namespace", dataset.namespace()).param("name", dataset.name())
                    .update();
            jdbc.sql("""
                            INSERT INTO pipeline_run_dataset (run_id, direction, namespace, name, facets)
                            VALUES (:run, :direction, :namespace, :name, :facets)""")
                    .param("run", run).param("direction", direction)
                    .param("namespace", dataset.namespace()).param("name", dataset.name())
                    .param("facets", dataset.facets())
                    .update();
        }
    }

    /**
     * The named parameters of the pipeline's definition columns, which creating it and changing its
     * definition both write: :version, :steps, :retries, :timeout.
     */
    private static Map<String, Object> definitionColumns(PipelineDefinition definition) {
        Map<String, Object> params = new HashMap<>();
        params.put("version", definition.version());
        params.put("steps", Json.steps(definition.steps()));
        params.put("retries", definition.maxRetries());
        params.put("timeout", definition.timeout() == null ? null : definition.timeout().toSeconds());
        return params;
    }

    private void finish(PipelineRunId runId, PipelineRunState state, Instant finishedAt, Long durationMillis, String reason) {
        jdbc.sql("""
                        UPDATE pipeline_run SET state = :state, finished_at = :finishedAt, duration_ms = :duration,
                               reason = :reason
                        WHERE run_id = :run""")
                .param("state", state.name())
                .param("finishedAt", ReadModelTime.of(finishedAt))
                .param("duration", durationMillis)
                .param("reason", reason)
                .param("run", runId.value())
                .update();
    }

    /** Moves the pipeline's revision forward to this event; false when the event was applied already. */
    private boolean claim(PipelineEvent event, long sequence, Instant timestamp) {
        return RevisionGuard.claim(jdbc, "pipeline", "pipeline_id", event.pipelineId().value(), sequence, timestamp);
    }

    /** Moves the run's revision forward to this event; false when the event was applied already. */
    private boolean claim(PipelineRunEvent event, long sequence, Instant timestamp) {
        return RevisionGuard.claim(jdbc, "pipeline_run", "run_id", event.runId().value(), sequence, timestamp);
    }

}
