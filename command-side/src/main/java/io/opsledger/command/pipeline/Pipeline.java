package io.opsledger.command.pipeline;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.opsledger.command.snapshot.SnapshotConfiguration;
import io.opsledger.kernel.pipeline.AnomalyMetric;
import io.opsledger.kernel.pipeline.ChangePipelineDefinitionCommand;
import io.opsledger.kernel.pipeline.CreatePipelineCommand;
import io.opsledger.kernel.pipeline.PipelineCreatedEvent;
import io.opsledger.kernel.pipeline.PipelineDefinition;
import io.opsledger.kernel.pipeline.PipelineDefinitionChangedEvent;
import io.opsledger.kernel.pipeline.PipelineId;
import io.opsledger.kernel.pipeline.PipelineOrigin;
import io.opsledger.kernel.pipeline.PipelineRunAnomalyDetectedEvent;
import io.opsledger.kernel.pipeline.PipelineRunId;
import io.opsledger.kernel.pipeline.PipelineRunOutcomeRecordedEvent;
import io.opsledger.kernel.pipeline.RecordPipelineRunOutcomeCommand;
import io.opsledger.kernel.pipeline.RegisterLineageJobCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;
import static io.opsledger.command.messaging.AggregateClock.revision;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A pipeline: its versioned definition and the history of its succeeded runs. The history lives
 * here, not in a read model, because judging a run against it and recording the run must be one
 * decision: two runs finishing at once are judged one after the other, and a replayed read model
 * can never raise an anomaly twice. Runs are aggregates of their own ({@code PipelineRun}); the
 * anomaly policy brings their outcomes here.
 */
@Aggregate(snapshotTriggerDefinition = SnapshotConfiguration.TRIGGER)
@Revision("1")
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE)
class Pipeline {

    /** Outcomes kept for judging; the window in use is at most this long. */
    static final int MAX_HISTORY = 1000;

    @AggregateIdentifier
    private PipelineId id;
    private PipelineDefinition definition;
    private final List<Outcome> history = new ArrayList<>();
    /**
     * Every run ever recorded, so that an outcome sent twice (the policy retried, or its processor
     * was reset) counts once even after it left the window. Grows by one id per succeeded run.
     */
    private final Set<PipelineRunId> recordedRuns = new HashSet<>();

    Pipeline() {
        // for Axon's event sourcing
    }

    @CommandHandler
    Pipeline(CreatePipelineCommand command) {
        apply(new PipelineCreatedEvent(command.pipelineId(),
                PipelineInputRules.namespace(command.namespace()),
                PipelineInputRules.name(command.name()),
                PipelineOrigin.API,
                new PipelineDefinition(1, PipelineInputRules.steps(command.steps()),
                        PipelineInputRules.maxRetries(command.maxRetries()),
                        PipelineInputRules.timeout(command.timeout()))));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(RegisterLineageJobCommand command) {
        if (id == null) {
            apply(new PipelineCreatedEvent(command.pipelineId(),
                    PipelineInputRules.namespace(command.namespace()),
                    PipelineInputRules.name(command.name()),
                    PipelineOrigin.OPENLINEAGE,
                    PipelineDefinition.empty()));
        }
        return revision();
    }

    @CommandHandler
    long handle(ChangePipelineDefinitionCommand command) {
        PipelineDefinition changed = new PipelineDefinition(definition.version() + 1,
                PipelineInputRules.steps(command.steps()),
                PipelineInputRules.maxRetries(command.maxRetries()),
                PipelineInputRules.timeout(command.timeout()));
        boolean same = changed.steps().equals(definition.steps()) && changed.maxRetries() == definition.maxRetries()
                && Objects.equals(changed.timeout(), definition.timeout());
        if (!same) {
            apply(new PipelineDefinitionChangedEvent(id, changed));
        }
        return revision();
    }

    /**
     * Judges the run against the runs recorded before it, then records it. Each figure is judged
     * on its own history: a run without a known duration still counts for rows.
     */
    @CommandHandler
    long handle(RecordPipelineRunOutcomeCommand command, AnomalySettings settings) {
        if (recordedRuns.contains(command.runId())) {
            return revision();
        }
        List<PipelineRunAnomalyDetectedEvent> anomalies = new ArrayList<>();
        judge(AnomalyMetric.DURATION_MILLIS, command.durationMillis(), Outcome::durationMillis, command.runId(), settings)
                .ifPresent(anomalies::add);
        judge(AnomalyMetric.ROWS_WRITTEN, command.rowsWritten(), Outcome::rowsWritten, command.runId(), settings)
                .ifPresent(anomalies::add);
        apply(new PipelineRunOutcomeRecordedEvent(id, command.runId(), command.durationMillis(), command.rowsWritten(),
                command.finishedAt()));
        anomalies.forEach(AggregateLifecycle::apply);
        return revision();
    }

    /** The definition runs are queued with. */
    PipelineDefinition definition() {
        return definition;
    }

    private Optional<PipelineRunAnomalyDetectedEvent> judge(AnomalyMetric metric, Long value,
                                                                      Function<Outcome, Long> figure,
                                                                      PipelineRunId runId, AnomalySettings settings) {
        if (value == null) {
            return Optional.empty();
        }
        List<Double> known = history.stream().map(figure).filter(Objects::nonNull).map(Long::doubleValue).toList();
        List<Double> window = known.subList(Math.max(0, known.size() - settings.window()), known.size());
        return AnomalyDetector.judge(value, window, settings).map(verdict -> new PipelineRunAnomalyDetectedEvent(
                id, runId, metric, value, verdict.median(), verdict.mad(), settings.k(), window.size(),
                verdict.lowerBound(), verdict.upperBound()));
    }

    // --- state -------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(PipelineCreatedEvent event) {
        id = event.pipelineId();
        definition = event.definition();
    }

    @EventSourcingHandler
    void on(PipelineDefinitionChangedEvent event) {
        definition = event.definition();
    }

    @EventSourcingHandler
    void on(PipelineRunOutcomeRecordedEvent event) {
        recordedRuns.add(event.runId());
        history.add(new Outcome(event.durationMillis(), event.rowsWritten()));
        if (history.size() > MAX_HISTORY) {
            history.removeFirst();
        }
    }

    /** A succeeded run's figures; either may be unknown. */
    record Outcome(Long durationMillis, Long rowsWritten) {
    }
}
