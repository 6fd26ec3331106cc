package io.opsledger.command.pipeline;

import io.opsledger.kernel.pipeline.CancelPipelineRunCommand;
import io.opsledger.kernel.pipeline.CompletePipelineRunCommand;
import io.opsledger.kernel.pipeline.FailPipelineRunCommand;
import io.opsledger.kernel.pipeline.PipelineRule;
import io.opsledger.kernel.pipeline.PipelineRunCancelledEvent;
import io.opsledger.kernel.pipeline.PipelineRunFailedEvent;
import io.opsledger.kernel.pipeline.PipelineRunId;
import io.opsledger.kernel.pipeline.PipelineRunQueuedEvent;
import io.opsledger.kernel.pipeline.PipelineRunSucceededEvent;
import io.opsledger.kernel.pipeline.PipelineRunTimedOutEvent;
import io.opsledger.kernel.pipeline.QueuePipelineRunCommand;
import io.opsledger.kernel.pipeline.StartPipelineRunCommand;
import io.opsledger.kernel.pipeline.PipelineOrigin;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import static io.opsledger.command.RuleViolationMatcher.violates;
import static io.opsledger.command.pipeline.PipelineFixture.PIPELINE;
import static io.opsledger.command.pipeline.PipelineFixture.STEPLESS;
import static io.opsledger.command.pipeline.PipelineFixture.T0;
import static io.opsledger.command.pipeline.PipelineFixture.TIMEOUT;
import static io.opsledger.command.pipeline.PipelineFixture.queued;
import static io.opsledger.command.pipeline.PipelineFixture.runId;
import static io.opsledger.command.pipeline.PipelineFixture.started;

/** The run's state machine, for a pipeline without steps: every transition allowed, and every one refused. */
class PipelineRunTransitionsTest {

    private static final PipelineRunId RUN = runId("a");
    private static final Instant STARTED = T0.plusSeconds(5);
    private static final Instant ENDED = STARTED.plusSeconds(90);

    private AggregateTestFixture<PipelineRun> fixture;

    @BeforeEach
    void setUp() {
        fixture = PipelineFixture.runs(STEPLESS);
    }

    @Test
    void queuesRunWithACopyOfTheDefinition() {
        fixture.givenNoPriorActivity()
                .when(new QueuePipelineRunCommand(RUN, PIPELINE, T0))
                .expectEvents(new PipelineRunQueuedEvent(RUN, PIPELINE, STEPLESS, 1, null, RUN, PipelineOrigin.API, null, T0));
    }

    @Test
    void queuingForAnUnknownPipelineIsRejected() {
        AggregateTestFixture<PipelineRun> noPipeline = new AggregateTestFixture<>(PipelineRun.class);
        noPipeline.registerInjectableResource((PipelineDefinitions) pipelineId -> {
            throw PipelineRule.PIPELINE_NOT_FOUND.violated("pipeline %s does not exist", pipelineId);
        });
        noPipeline.givenNoPriorActivity()
                .when(new QueuePipelineRunCommand(RUN, PIPELINE, T0))
                .expectException(violates(PipelineRule.PIPELINE_NOT_FOUND));
    }

    @Test
    void queuedRunStarts() {
        fixture.given(queued(RUN, STEPLESS))
                .when(new StartPipelineRunCommand(RUN, STARTED))
                .expectEvents(started(RUN, STARTED, TIMEOUT))
                .expectResultMessagePayload(1L);
    }

    @Test
    void runningRunCannotStartAgain() {
        fixture.given(queued(RUN, STEPLESS), started(RUN, STARTED, TIMEOUT))
                .when(new StartPipelineRunCommand(RUN, STARTED))
                .expectException(violates(PipelineRule.RUN_NOT_QUEUED));
    }

    @Test
    void runningRunSucceedsWithItsDurationAndRows() {
        fixture.given(queued(RUN, STEPLESS), started(RUN, STARTED, TIMEOUT))
                .when(new CompletePipelineRunCommand(RUN, ENDED, 10L, 7L))
                .expectEvents(new PipelineRunSucceededEvent(RUN, PIPELINE, STARTED, ENDED, 90_000L, 10L, 7L));
    }

    @Test
    void runningRunFailsWithItsRetriesLeft() {
        fixture.given(queued(RUN, STEPLESS), started(RUN, STARTED, TIMEOUT))
                .when(new FailPipelineRunCommand(RUN, ENDED, "disk full"))
                .expectEvents(new PipelineRunFailedEvent(RUN, PIPELINE, STARTED, ENDED, 90_000L, "disk full", 1));
    }

    @Test
    void queuedRunIsCancelled() {
        fixture.given(queued(RUN, STEPLESS))
                .when(new CancelPipelineRunCommand(RUN, ENDED, "not needed"))
                .expectEvents(new PipelineRunCancelledEvent(RUN, PIPELINE, ENDED, "not needed"));
    }

    @Test
    void runningRunIsCancelled() {
        fixture.given(queued(RUN, STEPLESS), started(RUN, STARTED, TIMEOUT))
                .when(new CancelPipelineRunCommand(RUN, ENDED, null))
                .expectEvents(new PipelineRunCancelledEvent(RUN, PIPELINE, ENDED, ""));
    }

    @Test
    void queuedRunCannotSucceed() {
        fixture.given(queued(RUN, STEPLESS))
                .when(new CompletePipelineRunCommand(RUN, ENDED, null, null))
                .expectException(violates(PipelineRule.RUN_NOT_RUNNING));
    }

    @Test
    void queuedRunCannotFail() {
        fixture.given(queued(RUN, STEPLESS))
                .when(new FailPipelineRunCommand(RUN, ENDED, "x"))
                .expectException(violates(PipelineRule.RUN_NOT_RUNNING));
    }

    @Test
    void negativeRowsAreRejected() {
        fixture.given(queued(RUN, STEPLESS), started(RUN, STARTED, TIMEOUT))
                .when(new CompletePipelineRunCommand(RUN, ENDED, -1L, null))
                .expectException(violates(PipelineRule.ROWS_NEGATIVE));
    }

    @Test
    void overlongReasonIsRejected() {
        fixture.given(queued(RUN, STEPLESS), started(RUN, STARTED, TIMEOUT))
                .when(new FailPipelineRunCommand(RUN, ENDED, "x".repeat(PipelineRule.MAX_REASON_LENGTH + 1)))
                .expectException(violates(PipelineRule.REASON_TOO_LONG));
    }

    /** Each finished state, as the event that ended the run. */
    static Stream<Arguments> finishedRuns() {
        return Stream.of(
                Arguments.of("SUCCEEDED", new PipelineRunSucceededEvent(RUN, PIPELINE, STARTED, ENDED, 90_000L, null, null)),
                Arguments.of("FAILED", new PipelineRunFailedEvent(RUN, PIPELINE, STARTED, ENDED, 90_000L, "x", 1)),
                Arguments.of("CANCELLED", new PipelineRunCancelledEvent(RUN, PIPELINE, ENDED, "")),
                Arguments.of("TIMED_OUT", new PipelineRunTimedOutEvent(RUN, PIPELINE, STARTED, ENDED, TIMEOUT, 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("finishedRuns")
    void finishedRunRejectsEveryTransition(String state, Object end) {
        Object[] history = {queued(RUN, STEPLESS), started(RUN, STARTED, TIMEOUT), end};
        Object[] commands = {new StartPipelineRunCommand(RUN, ENDED), new CompletePipelineRunCommand(RUN, ENDED, null, null),
                new FailPipelineRunCommand(RUN, ENDED, "x"), new CancelPipelineRunCommand(RUN, ENDED, "x")};
        for (Object command : commands) {
            fixture.given(history)
                    .when(command)
                    .expectException(violates(PipelineRule.RUN_ALREADY_FINISHED));
        }
    }

    @Test
    void durationIsMeasuredFromTheReportedStart() {
        Instant late = STARTED.plus(Duration.ofHours(1));
        fixture.given(queued(RUN, STEPLESS), started(RUN, STARTED, TIMEOUT))
                .when(new CompletePipelineRunCommand(RUN, late, null, null))
                .expectEvents(new PipelineRunSucceededEvent(RUN, PIPELINE, STARTED, late, 3_600_000L, null, null));
    }

    @Test
    void runCannotEndBeforeItStarted() {
        fixture.given(queued(RUN, STEPLESS), started(RUN, STARTED, TIMEOUT))
                .when(new CompletePipelineRunCommand(RUN, STARTED.minusSeconds(1), null, null))
                .expectException(violates(PipelineRule.TIME_BEFORE_START));
        fixture.given(queued(RUN, STEPLESS), started(RUN, STARTED, TIMEOUT))
                .when(new FailPipelineRunCommand(RUN, STARTED.minusSeconds(1), "too early"))
                .expectException(violates(PipelineRule.TIME_BEFORE_START));
    }
}

