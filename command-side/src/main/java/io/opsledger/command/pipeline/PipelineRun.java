package io.opsledger.command.pipeline;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.opsledger.command.messaging.DeadlineScope;
import io.opsledger.command.snapshot.SnapshotConfiguration;
import io.opsledger.kernel.pipeline.CancelPipelineRunCommand;
import io.opsledger.kernel.pipeline.CompletePipelineRunCommand;
import io.opsledger.kernel.pipeline.CompletePipelineStepCommand;
import io.opsledger.kernel.pipeline.FailPipelineRunCommand;
import io.opsledger.kernel.pipeline.FailPipelineStepCommand;
import io.opsledger.kernel.pipeline.LineageEventType;
import io.opsledger.kernel.pipeline.PipelineDefinition;
import io.opsledger.kernel.pipeline.PipelineId;
import io.opsledger.kernel.pipeline.PipelineOrigin;
import io.opsledger.kernel.pipeline.PipelineRunCancelledEvent;
import io.opsledger.kernel.pipeline.PipelineRunFailedEvent;
import io.opsledger.kernel.pipeline.PipelineRunId;
import io.opsledger.kernel.pipeline.PipelineRunLineageRecordedEvent;
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
import io.opsledger.kernel.pipeline.QueuePipelineRunCommand;
import io.opsledger.kernel.pipeline.LineageOutcome;
import io.opsledger.kernel.pipeline.RecordLineageEventCommand;
import io.opsledger.kernel.pipeline.RetryPipelineRunCommand;
import io.opsledger.kernel.pipeline.StartPipelineRunCommand;
import io.opsledger.kernel.pipeline.StartPipelineStepCommand;
import io.opsledger.kernel.pipeline.StepDefinition;
import io.opsledger.kernel.pipeline.StepName;
import io.opsledger.kernel.pipeline.StepState;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;
import static io.opsledger.command.messaging.AggregateClock.now;
import static io.opsledger.command.messaging.AggregateClock.orNow;
import static io.opsledger.command.messaging.AggregateClock.revision;
import static io.opsledger.kernel.pipeline.PipelineRule.RETRIES_EXHAUSTED;
import static io.opsledger.kernel.pipeline.PipelineRule.RUN_ALREADY_FINISHED;
import static io.opsledger.kernel.pipeline.PipelineRule.RUN_ALREADY_RETRIED;
import static io.opsledger.kernel.pipeline.PipelineRule.RUN_ID_TAKEN;
import static io.opsledger.kernel.pipeline.PipelineRule.RUN_NOT_QUEUED;
import static io.opsledger.kernel.pipeline.PipelineRule.RUN_NOT_RETRYABLE;
import static io.opsledger.kernel.pipeline.PipelineRule.RUN_NOT_RUNNING;
import static io.opsledger.kernel.pipeline.PipelineRule.STEPS_NOT_FINISHED;
import static io.opsledger.kernel.pipeline.PipelineRule.STEP_ALREADY_STARTED;
import static io.opsledger.kernel.pipeline.PipelineRule.STEP_DEPENDENCIES_NOT_SUCCEEDED;
import static io.opsledger.kernel.pipeline.PipelineRule.STEP_NOT_FOUND;
import static io.opsledger.kernel.pipeline.PipelineRule.STEP_NOT_RUNNING;
import static io.opsledger.kernel.pipeline.PipelineRule.TIME_BEFORE_START;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One attempt of a pipeline run: QUEUED → RUNNING → SUCCEEDED | FAILED | CANCELLED | TIMED_OUT,
 * with the state of each step of the definition it was queued with. A run is an aggregate of its
 * own, not an entity of its pipeline, so that runs of one pipeline never contend for one lock and
 * a pipeline's stream does not grow with every step of every run.
 *
 * <p>The timeout is a deadline scheduled when the run starts, kept by the persistent deadline
 * manager (it survives a restart) and cancelled when the run finishes. A retry is a new run,
 * created here so that the check (retries left, not retried yet) and the creation are one
 * decision; both runs keep the link.
 *
 * <p>OpenLineage reporters may lose, repeat and reorder events: a lineage event seen before
 * (same type and time) changes nothing, a COMPLETE before its START finishes the run with an
 * unknown start, and the START arriving later only fills in the start time.
 */
@Aggregate(snapshotTriggerDefinition = SnapshotConfiguration.TRIGGER)
@Revision("1")
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE)
class PipelineRun {

    static final String TIMEOUT_DEADLINE = "pipeline-run-timeout";

    @AggregateIdentifier
    private PipelineRunId id;
    private PipelineId pipelineId;
    private PipelineDefinition definition;
    private int attempt;
    private PipelineRunId firstAttempt;
    private PipelineRunState state;
    private Instant startedAt;
    private Instant finishedAt;
    private PipelineRunId retriedBy;
    private final Map<StepName, Step> steps = new LinkedHashMap<>();
    /** Lineage events already recorded, by type and event time: what makes a duplicate. */
    private final Set<String> lineageSeen = new HashSet<>();

    PipelineRun() {
        // for Axon's event sourcing
    }

    @CommandHandler
    PipelineRun(QueuePipelineRunCommand command, PipelineDefinitions definitions) {
        apply(new PipelineRunQueuedEvent(command.runId(), command.pipelineId(), definitions.current(command.pipelineId()),
                1, null, command.runId(), PipelineOrigin.API, null, orNow(command.at())));
    }

    /** A retry: the next attempt of a failed run, created by {@link #handle(RetryPipelineRunCommand)}. */
    private PipelineRun(PipelineRunQueuedEvent queued) {
        apply(queued);
    }

    @CommandHandler
    long handle(StartPipelineRunCommand command, DeadlineManager deadlineManager) {
        if (state != PipelineRunState.QUEUED) {
            throw notQueued();
        }
        start(orNow(command.at()), deadlineManager);
        return revision();
    }

    @CommandHandler
    long handle(StartPipelineStepCommand command) {
        requireRunning();
        Step step = existingStep(command.step());
        if (step.state() != StepState.PENDING) {
            throw STEP_ALREADY_STARTED.violated("step '%s' is %s: a step runs once per run", step.name(), step.state());
        }
        List<String> waitingFor = step.dependsOn().stream()
                .filter(dependency -> steps.get(dependency).state() != StepState.SUCCEEDED)
                .map(dependency -> "'%s' (%s)".formatted(dependency, steps.get(dependency).state()))
                .toList();
        if (!waitingFor.isEmpty()) {
            throw STEP_DEPENDENCIES_NOT_SUCCEEDED.violated("step '%s' cannot start before %s succeeded",
                    step.name(), String.join(", ", waitingFor));
        }
        apply(new PipelineStepStartedEvent(id, pipelineId, step.name(), sinceStart(command.at())));
        return revision();
    }

    @CommandHandler
    long handle(CompletePipelineStepCommand command, DeadlineManager deadlineManager) {
        requireRunning();
        Step step = runningStep(command.step());
        Instant at = sinceStart(command.at());
        apply(new PipelineStepSucceededEvent(id, pipelineId, step.name(), at,
                PipelineInputRules.rows(command.rowsRead(), "rowsRead"),
                PipelineInputRules.rows(command.rowsWritten(), "rowsWritten")));
        if (steps.values().stream().allMatch(s -> s.state() == StepState.SUCCEEDED)) {
            succeed(at, sum(true), sum(false), deadlineManager);
        }
        return revision();
    }

    @CommandHandler
    long handle(FailPipelineStepCommand command, DeadlineManager deadlineManager) {
        requireRunning();
        Step step = runningStep(command.step());
        Instant at = sinceStart(command.at());
        String reason = PipelineInputRules.reason(command.reason());
        apply(new PipelineStepFailedEvent(id, pipelineId, step.name(), at, reason));
        fail(at, reason.isEmpty() ? "step '%s' failed".formatted(step.name()) : "step '%s' failed: %s".formatted(step.name(), reason),
                deadlineManager);
        return revision();
    }

    @CommandHandler
    long handle(CompletePipelineRunCommand command, DeadlineManager deadlineManager) {
        requireRunning();
        List<String> open = steps.values().stream().filter(step -> step.state() != StepState.SUCCEEDED)
                .map(step -> "'%s' (%s)".formatted(step.name(), step.state())).toList();
        if (!open.isEmpty()) {
            throw STEPS_NOT_FINISHED.violated("run %s succeeds when its last step does; still open: %s", id,
                    String.join(", ", open));
        }
        succeed(sinceStart(command.at()), PipelineInputRules.rows(command.rowsRead(), "rowsRead"),
                PipelineInputRules.rows(command.rowsWritten(), "rowsWritten"), deadlineManager);
        return revision();
    }

    @CommandHandler
    long handle(FailPipelineRunCommand command, DeadlineManager deadlineManager) {
        requireRunning();
        fail(sinceStart(command.at()), PipelineInputRules.reason(command.reason()), deadlineManager);
        return revision();
    }

    @CommandHandler
    long handle(CancelPipelineRunCommand command, DeadlineManager deadlineManager) {
        if (state.isFinished()) {
            throw finished("cancelled");
        }
        cancel(orNow(command.at()), PipelineInputRules.reason(command.reason()), deadlineManager);
        return revision();
    }

    @CommandHandler
    long handle(RetryPipelineRunCommand command) {
        if (state != PipelineRunState.FAILED && state != PipelineRunState.TIMED_OUT) {
            throw RUN_NOT_RETRYABLE.violated("run %s is %s: only a FAILED or TIMED_OUT run can be retried", id, state);
        }
        if (retriedBy != null) {
            throw RUN_ALREADY_RETRIED.violated("run %s was already retried by run %s; retry that one if it failed",
                    id, retriedBy);
        }
        if (retriesLeft() == 0) {
            throw RETRIES_EXHAUSTED.violated("run %s is attempt %d and its pipeline allows %d retries", id, attempt,
                    definition.maxRetries());
        }
        PipelineRunId next = Objects.requireNonNull(command.newRunId(), "newRunId");
        if (next.equals(id)) {
            throw RUN_ID_TAKEN.violated("the retry needs a new run id; %s is this run's", next);
        }
        Instant at = orNow(command.at());
        apply(new PipelineRunRetriedEvent(id, pipelineId, next, attempt + 1, at));
        PipelineRunQueuedEvent queued = new PipelineRunQueuedEvent(next, pipelineId, definition, attempt + 1, id,
                firstAttempt, PipelineOrigin.API, null, at);
        try {
            AggregateLifecycle.createNew(PipelineRun.class, () -> new PipelineRun(queued));
        } catch (Exception e) {
            throw new IllegalStateException("could not create retry run " + next, e);
        }
        return revision();
    }

    /**
     * An OpenLineage RunEvent: creates the run on first sight, keeps the event as lineage and
     * moves the state where the event says, as far as the state machine allows. A reporter
     * describes what already happened, so what our own API would refuse as out of order (a
     * COMPLETE without a START) is accepted here, and what contradicts a finished run is kept as
     * lineage only: the first outcome reported wins.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    LineageOutcome handle(RecordLineageEventCommand command, PipelineDefinitions definitions,
                          DeadlineManager deadlineManager) {
        Instant eventTime = orNow(command.eventTime());
        if (id == null) {
            apply(new PipelineRunQueuedEvent(command.runId(), command.pipelineId(),
                    definitions.current(command.pipelineId()), 1, null, command.runId(), PipelineOrigin.OPENLINEAGE,
                    command.openLineageRunId(), eventTime));
        }
        LineageEventType type = command.eventType() == null ? LineageEventType.OTHER : command.eventType();
        if (lineageSeen.contains(lineageKey(type, eventTime))) {
            return new LineageOutcome(revision(), "the same %s at %s was recorded already".formatted(type, eventTime));
        }
        apply(new PipelineRunLineageRecordedEvent(id, pipelineId, command.openLineageRunId(), type, eventTime,
                command.producer(), command.inputs(), command.outputs(), command.runFacets(), command.jobFacets()));
        String ignored = switch (type) {
            case START, RUNNING -> LineageOrder.startIgnored(state, startedAt, finishedAt, eventTime);
            case COMPLETE, FAIL, ABORT -> LineageOrder.endIgnored(type, state, startedAt, finishedAt, eventTime);
            case OTHER -> null; // lineage only: OTHER carries facets, not a change of state
        };
        if (ignored == null) {
            switch (type) {
                case START, RUNNING -> {
                    if (state == PipelineRunState.QUEUED) {
                        start(eventTime, deadlineManager);
                    } else {
                        apply(new PipelineRunStartTimeLearnedEvent(id, pipelineId, eventTime,
                                finishedAt == null ? null : Duration.between(eventTime, finishedAt).toMillis()));
                    }
                }
                case COMPLETE -> succeed(eventTime, PipelineInputRules.rows(command.rowsRead(), "rowsRead"),
                        PipelineInputRules.rows(command.rowsWritten(), "rowsWritten"), deadlineManager);
                case FAIL -> fail(eventTime, command.errorMessage() == null || command.errorMessage().isBlank()
                        ? "reported as FAIL through OpenLineage" : command.errorMessage(), deadlineManager);
                case ABORT -> cancel(eventTime, "reported as ABORT through OpenLineage", deadlineManager);
                case OTHER -> { }
            }
        }
        return new LineageOutcome(revision(), ignored);
    }

    @DeadlineHandler(deadlineName = TIMEOUT_DEADLINE)
    void on(RunTimeoutCheck check) {
        if (state == PipelineRunState.RUNNING && Objects.equals(check.startedAt(), startedAt)) {
            apply(new PipelineRunTimedOutEvent(id, pipelineId, startedAt, check.timeoutAt(), definition.timeout(),
                    retriesLeft()));
        }
    }

    // --- transitions -------------------------------------------------------------------------

    private void start(Instant at, DeadlineManager deadlineManager) {
        Duration timeout = definition.timeout();
        Instant timeoutAt = timeout == null ? null : at.plus(timeout);
        apply(new PipelineRunStartedEvent(id, pipelineId, at, timeoutAt));
        if (timeoutAt != null) {
            deadlineManager.schedule(timeoutAt, TIMEOUT_DEADLINE, new RunTimeoutCheck(at, timeoutAt), scope(id));
        }
    }

    private void succeed(Instant at, Long rowsRead, Long rowsWritten, DeadlineManager deadlineManager) {
        apply(new PipelineRunSucceededEvent(id, pipelineId, startedAt, at, durationMillis(at), rowsRead, rowsWritten));
        cancelTimeout(deadlineManager);
    }

    private void fail(Instant at, String reason, DeadlineManager deadlineManager) {
        apply(new PipelineRunFailedEvent(id, pipelineId, startedAt, at, durationMillis(at), reason, retriesLeft()));
        cancelTimeout(deadlineManager);
    }

    private void cancel(Instant at, String reason, DeadlineManager deadlineManager) {
        apply(new PipelineRunCancelledEvent(id, pipelineId, at, reason));
        cancelTimeout(deadlineManager);
    }

    /** Only runs that started with a timeout have a deadline; the others spare the deadline table a delete. */
    private void cancelTimeout(DeadlineManager deadlineManager) {
        if (definition.timeout() != null && startedAt != null) {
            deadlineManager.cancelAllWithinScope(TIMEOUT_DEADLINE, scope(id));
        }
    }

    private static ScopeDescriptor scope(PipelineRunId runId) {
        return DeadlineScope.of(PipelineRun.class, runId);
    }

    // --- rules -------------------------------------------------------------------------------

    private void requireRunning() {
        if (state.isFinished()) {
            throw finished("changed");
        }
        if (state != PipelineRunState.RUNNING) {
            throw RUN_NOT_RUNNING.violated("run %s is %s: start it first", id, state);
        }
    }

    private RuntimeException notQueued() {
        return state.isFinished() ? finished("started")
                : RUN_NOT_QUEUED.violated("run %s is %s: only a QUEUED run can start", id, state);
    }

    private RuntimeException finished(String verb) {
        return RUN_ALREADY_FINISHED.violated("run %s already finished as %s and cannot be %s", id, state, verb);
    }

    private Step existingStep(StepName name) {
        Step step = name == null ? null : steps.get(new StepName(name.value().strip()));
        if (step == null) {
            throw STEP_NOT_FOUND.violated("run %s has no step '%s'; its steps are %s", id, name,
                    steps.keySet().stream().map(StepName::value).toList());
        }
        return step;
    }

    private Step runningStep(StepName name) {
        Step step = existingStep(name);
        if (step.state() != StepState.RUNNING) {
            throw STEP_NOT_RUNNING.violated("step '%s' is %s: only a RUNNING step succeeds or fails", step.name(), step.state());
        }
        return step;
    }

    /** Retries left to this run's chain: attempt 1 plus maxRetries retries in all. */
    private int retriesLeft() {
        return Math.max(0, definition.maxRetries() - (attempt - 1));
    }

    private Long sum(boolean read) {
        List<Long> reported = steps.values().stream().map(step -> read ? step.rowsRead() : step.rowsWritten())
                .filter(Objects::nonNull).toList();
        return reported.isEmpty() ? null : reported.stream().mapToLong(Long::longValue).sum();
    }

    private Long durationMillis(Instant finishedAt) {
        return startedAt == null ? null : Duration.between(startedAt, finishedAt).toMillis();
    }

    private static String lineageKey(LineageEventType type, Instant eventTime) {
        return type + "|" + eventTime;
    }

    /** A time reported for a running run, which cannot precede the run's start. */
    private Instant sinceStart(Instant reported) {
        Instant at = orNow(reported);
        if (startedAt != null && at.isBefore(startedAt)) {
            throw TIME_BEFORE_START.violated("%s is before the run started at %s; that would be a negative duration",
                    at, startedAt);
        }
        return at;
    }

    // --- state -------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(PipelineRunQueuedEvent event) {
        id = event.runId();
        pipelineId = event.pipelineId();
        definition = event.definition();
        attempt = event.attempt();
        firstAttempt = event.firstAttempt();
        state = PipelineRunState.QUEUED;
        for (StepDefinition step : event.definition().steps()) {
            steps.put(step.name(), Step.pending(step.name(), step.dependsOn()));
        }
    }

    @EventSourcingHandler
    void on(PipelineRunStartedEvent event) {
        state = PipelineRunState.RUNNING;
        startedAt = event.startedAt();
    }

    @EventSourcingHandler
    void on(PipelineStepStartedEvent event) {
        steps.compute(event.step(), (name, step) -> step.inState(StepState.RUNNING));
    }

    @EventSourcingHandler
    void on(PipelineStepSucceededEvent event) {
        steps.compute(event.step(), (name, step) -> step.succeeded(event.rowsRead(), event.rowsWritten()));
    }

    @EventSourcingHandler
    void on(PipelineStepFailedEvent event) {
        steps.compute(event.step(), (name, step) -> step.inState(StepState.FAILED));
    }

    @EventSourcingHandler
    void on(PipelineRunSucceededEvent event) {
        state = PipelineRunState.SUCCEEDED;
        finishedAt = event.finishedAt();
    }

    @EventSourcingHandler
    void on(PipelineRunFailedEvent event) {
        state = PipelineRunState.FAILED;
        finishedAt = event.finishedAt();
    }

    @EventSourcingHandler
    void on(PipelineRunCancelledEvent event) {
        state = PipelineRunState.CANCELLED;
        finishedAt = event.at();
    }

    @EventSourcingHandler
    void on(PipelineRunTimedOutEvent event) {
        state = PipelineRunState.TIMED_OUT;
        finishedAt = event.timedOutAt();
    }

    @EventSourcingHandler
    void on(PipelineRunRetriedEvent event) {
        retriedBy = event.nextRunId();
    }

    @EventSourcingHandler
    void on(PipelineRunStartTimeLearnedEvent event) {
        startedAt = event.startedAt();
    }

    @EventSourcingHandler
    void on(PipelineRunLineageRecordedEvent event) {
        lineageSeen.add(lineageKey(event.eventType(), event.eventTime()));
    }
}
