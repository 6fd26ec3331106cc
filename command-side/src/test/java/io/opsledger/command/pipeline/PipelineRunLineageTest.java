package io.opsledger.command.pipeline;

import io.opsledger.kernel.pipeline.LineageEventType;
import io.opsledger.kernel.pipeline.PipelineDefinition;
import io.opsledger.kernel.pipeline.PipelineOrigin;
import io.opsledger.kernel.pipeline.PipelineRunCancelledEvent;
import io.opsledger.kernel.pipeline.PipelineRunFailedEvent;
import io.opsledger.kernel.pipeline.PipelineRunId;
import io.opsledger.kernel.pipeline.PipelineRunLineageRecordedEvent;
import io.opsledger.kernel.pipeline.PipelineRunQueuedEvent;
import io.opsledger.kernel.pipeline.PipelineRunStartTimeLearnedEvent;
import io.opsledger.kernel.pipeline.PipelineRunStartedEvent;
import io.opsledger.kernel.pipeline.PipelineRunSucceededEvent;
import io.opsledger.kernel.pipeline.RecordLineageEventCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import io.opsledger.kernel.pipeline.LineageOutcome;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.opsledger.command.pipeline.PipelineFixture.INPUTS;
import static io.opsledger.command.pipeline.PipelineFixture.OL_RUN;
import static io.opsledger.command.pipeline.PipelineFixture.OUTPUTS;
import static io.opsledger.command.pipeline.PipelineFixture.PIPELINE;
import static io.opsledger.command.pipeline.PipelineFixture.T0;
import static io.opsledger.command.pipeline.PipelineFixture.lineage;
import static io.opsledger.command.pipeline.PipelineFixture.runId;

/** OpenLineage events create the run, move it where the state machine allows, and repeat or reorder harmlessly. */
class PipelineRunLineageTest {

    private static final PipelineRunId RUN = runId("lineage");
    private static final PipelineDefinition EMPTY = PipelineDefinition.empty();
    private static final Instant START = T0;
    private static final Instant END = T0.plusSeconds(42);

    private final AggregateTestFixture<PipelineRun> fixture = PipelineFixture.runs(EMPTY);

    private static PipelineRunQueuedEvent queued(Instant at) {
        return new PipelineRunQueuedEvent(RUN, PIPELINE, EMPTY, 1, null, RUN, PipelineOrigin.OPENLINEAGE, OL_RUN, at);
    }

    private static PipelineRunLineageRecordedEvent recorded(RecordLineageEventCommand command) {
        return new PipelineRunLineageRecordedEvent(RUN, PIPELINE, OL_RUN, command.eventType(), command.eventTime(),
                command.producer(), INPUTS, OUTPUTS, command.runFacets(), command.jobFacets());
    }

    @Test
    void startCreatesTheRunAndStartsIt() {
        RecordLineageEventCommand start = lineage(RUN, LineageEventType.START, START, null);
        fixture.givenNoPriorActivity()
                .when(start)
                .expectEvents(queued(START), recorded(start), new PipelineRunStartedEvent(RUN, PIPELINE, START, null));
    }

    @Test
    void completeAfterStartSucceedsWithDurationAndRows() {
        RecordLineageEventCommand complete = lineage(RUN, LineageEventType.COMPLETE, END, 1234L);
        fixture.givenCommands(lineage(RUN, LineageEventType.START, START, null))
                .when(complete)
                .expectEvents(recorded(complete),
                        new PipelineRunSucceededEvent(RUN, PIPELINE, START, END, 42_000L, null, 1234L));
    }

    @Test
    void duplicateEventChangesNothing() {
        fixture.givenCommands(lineage(RUN, LineageEventType.START, START, null))
                .when(lineage(RUN, LineageEventType.START, START, null))
                .expectNoEvents();
    }

    @Test
    void completeBeforeStartFinishesTheRunWithAnUnknownStart() {
        RecordLineageEventCommand complete = lineage(RUN, LineageEventType.COMPLETE, END, 10L);
        fixture.givenNoPriorActivity()
                .when(complete)
                .expectEvents(queued(END), recorded(complete),
                        new PipelineRunSucceededEvent(RUN, PIPELINE, null, END, null, null, 10L));
    }

    @Test
    void startArrivingAfterCompleteOnlyFillsInTheStart() {
        RecordLineageEventCommand start = lineage(RUN, LineageEventType.START, START, null);
        fixture.givenCommands(lineage(RUN, LineageEventType.COMPLETE, END, 10L))
                .when(start)
                .expectEvents(recorded(start), new PipelineRunStartTimeLearnedEvent(RUN, PIPELINE, START, 42_000L));
    }

    @Test
    void failFailsTheRun() {
        RecordLineageEventCommand fail = lineage(RUN, LineageEventType.FAIL, END, null);
        fixture.givenCommands(lineage(RUN, LineageEventType.START, START, null))
                .when(fail)
                .expectEvents(recorded(fail), new PipelineRunFailedEvent(RUN, PIPELINE, START, END, 42_000L,
                        "reported as FAIL through OpenLineage", 0));
    }

    @Test
    void abortCancelsTheRun() {
        RecordLineageEventCommand abort = lineage(RUN, LineageEventType.ABORT, END, null);
        fixture.givenCommands(lineage(RUN, LineageEventType.START, START, null))
                .when(abort)
                .expectEvents(recorded(abort), new PipelineRunCancelledEvent(RUN, PIPELINE, END,
                        "reported as ABORT through OpenLineage"));
    }

    @Test
    void otherAndRunningAreKeptAsLineageOnly() {
        RecordLineageEventCommand other = lineage(RUN, LineageEventType.OTHER, START.plusSeconds(3), null);
        fixture.givenCommands(lineage(RUN, LineageEventType.START, START, null),
                        lineage(RUN, LineageEventType.RUNNING, START.plusSeconds(2), null))
                .when(other)
                .expectEvents(recorded(other));
    }

    @Test
    void outcomeAfterTheRunFinishedIsKeptAsLineageOnly() {
        RecordLineageEventCommand fail = lineage(RUN, LineageEventType.FAIL, END.plusSeconds(1), null);
        fixture.givenCommands(lineage(RUN, LineageEventType.START, START, null),
                        lineage(RUN, LineageEventType.COMPLETE, END, null))
                .when(fail)
                .expectEvents(recorded(fail));
    }

    @Test
    void startLaterThanTheEndIsKeptAsLineageOnlyAndSaysWhy() {
        RecordLineageEventCommand lateStart = lineage(RUN, LineageEventType.START, END.plusSeconds(60), null);
        fixture.givenCommands(lineage(RUN, LineageEventType.COMPLETE, END, 10L))
                .when(lateStart)
                .expectEvents(recorded(lateStart))
                .expectResultMessagePayloadMatching(Matchers.predicate(outcome ->
                        outcome instanceof LineageOutcome lineage && lineage.ignored().contains("ended at " + END)));
    }

    @Test
    void completeBeforeTheStartIsKeptAsLineageOnly() {
        RecordLineageEventCommand early = lineage(RUN, LineageEventType.COMPLETE, START.minusSeconds(5), 10L);
        fixture.givenCommands(lineage(RUN, LineageEventType.START, START, null))
                .when(early)
                .expectEvents(recorded(early))
                .expectResultMessagePayloadMatching(Matchers.predicate(outcome ->
                        outcome instanceof LineageOutcome lineage && lineage.ignored().contains("precedes the run's start")));
    }

    @Test
    void completeAfterFailIsIgnoredAndSaysTheFirstOutcomeWins() {
        RecordLineageEventCommand complete = lineage(RUN, LineageEventType.COMPLETE, END.plusSeconds(1), 10L);
        fixture.givenCommands(lineage(RUN, LineageEventType.START, START, null),
                        lineage(RUN, LineageEventType.FAIL, END, null))
                .when(complete)
                .expectEvents(recorded(complete))
                .expectResultMessagePayloadMatching(Matchers.predicate(outcome ->
                        outcome instanceof LineageOutcome lineage && lineage.ignored().contains("FAILED")));
    }

    @Test
    void failKeepsTheErrorMessageFacetAsTheReason() {
        RecordLineageEventCommand base = lineage(RUN, LineageEventType.FAIL, END, null);
        RecordLineageEventCommand fail = new RecordLineageEventCommand(base.runId(), base.pipelineId(),
                base.openLineageRunId(), base.eventType(), base.eventTime(), base.producer(), base.inputs(), base.outputs(),
                base.runFacets(), base.jobFacets(), null, null, "division by zero in transform step");
        fixture.givenCommands(lineage(RUN, LineageEventType.START, START, null))
                .when(fail)
                .expectEvents(recorded(fail), new PipelineRunFailedEvent(RUN, PIPELINE, START, END, 42_000L,
                        "division by zero in transform step", 0));
    }
}
