package io.opsledger.command.pipeline;

import io.opsledger.kernel.pipeline.CompletePipelineRunCommand;
import io.opsledger.kernel.pipeline.CompletePipelineStepCommand;
import io.opsledger.kernel.pipeline.FailPipelineStepCommand;
import io.opsledger.kernel.pipeline.PipelineRule;
import io.opsledger.kernel.pipeline.PipelineRunFailedEvent;
import io.opsledger.kernel.pipeline.PipelineRunId;
import io.opsledger.kernel.pipeline.PipelineRunSucceededEvent;
import io.opsledger.kernel.pipeline.PipelineStepFailedEvent;
import io.opsledger.kernel.pipeline.PipelineStepStartedEvent;
import io.opsledger.kernel.pipeline.PipelineStepSucceededEvent;
import io.opsledger.kernel.pipeline.StartPipelineStepCommand;
import io.opsledger.kernel.pipeline.StepName;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.opsledger.command.RuleViolationMatcher.violates;
import static io.opsledger.command.pipeline.PipelineFixture.DEFINITION;
import static io.opsledger.command.pipeline.PipelineFixture.PIPELINE;
import static io.opsledger.command.pipeline.PipelineFixture.T0;
import static io.opsledger.command.pipeline.PipelineFixture.TIMEOUT;
import static io.opsledger.command.pipeline.PipelineFixture.queued;
import static io.opsledger.command.pipeline.PipelineFixture.runId;
import static io.opsledger.command.pipeline.PipelineFixture.started;

/** Steps start once their dependencies succeeded; the run succeeds with its last step and fails with any. */
class PipelineRunStepsTest {

    private static final PipelineRunId RUN = runId("steps");
    private static final StepName ORDERS = new StepName("extract_orders");
    private static final StepName CUSTOMERS = new StepName("extract_customers");
    private static final StepName JOIN = new StepName("join");
    private static final StepName LOAD = new StepName("load_warehouse");
    private static final Instant S = T0.plusSeconds(1);
    private static final Instant E = T0.plusSeconds(61);

    private AggregateTestFixture<PipelineRun> fixture;

    @BeforeEach
    void setUp() {
        fixture = PipelineFixture.runs(DEFINITION);
    }

    private Object[] running(Object... more) {
        Object[] history = new Object[2 + more.length];
        history[0] = queued(RUN, DEFINITION);
        history[1] = started(RUN, S, TIMEOUT);
        System.arraycopy(more, 0, history, 2, more.length);
        return history;
    }

    private static PipelineStepStartedEvent stepStarted(StepName step) {
        return new PipelineStepStartedEvent(RUN, PIPELINE, step, S);
    }

    private static PipelineStepSucceededEvent stepSucceeded(StepName step, Long read, Long written) {
        return new PipelineStepSucceededEvent(RUN, PIPELINE, step, E, read, written);
    }

    @Test
    void stepWithoutDependenciesStarts() {
        fixture.given(running())
                .when(new StartPipelineStepCommand(RUN, ORDERS, S))
                .expectEvents(stepStarted(ORDERS));
    }

    @Test
    void stepCannotStartBeforeItsDependenciesSucceeded() {
        fixture.given(running(stepStarted(ORDERS), stepSucceeded(ORDERS, 10L, 10L)))
                .when(new StartPipelineStepCommand(RUN, JOIN, S))
                .expectException(violates(PipelineRule.STEP_DEPENDENCIES_NOT_SUCCEEDED))
                .expectExceptionMessage("step 'join' cannot start before 'extract_customers' (PENDING) succeeded");
    }

    @Test
    void stepStartsOnceAllItsDependenciesSucceeded() {
        fixture.given(running(stepStarted(ORDERS), stepSucceeded(ORDERS, 10L, 10L),
                        stepStarted(CUSTOMERS), stepSucceeded(CUSTOMERS, 5L, 5L)))
                .when(new StartPipelineStepCommand(RUN, JOIN, S))
                .expectEvents(stepStarted(JOIN));
    }

    @Test
    void stepOfAQueuedRunCannotStart() {
        fixture.given(queued(RUN, DEFINITION))
                .when(new StartPipelineStepCommand(RUN, ORDERS, S))
                .expectException(violates(PipelineRule.RUN_NOT_RUNNING));
    }

    @Test
    void unknownStepIsRejected() {
        fixture.given(running())
                .when(new StartPipelineStepCommand(RUN, new StepName("nope"), S))
                .expectException(violates(PipelineRule.STEP_NOT_FOUND));
    }

    @Test
    void stepRunsOnce() {
        fixture.given(running(stepStarted(ORDERS)))
                .when(new StartPipelineStepCommand(RUN, ORDERS, S))
                .expectException(violates(PipelineRule.STEP_ALREADY_STARTED));
    }

    @Test
    void pendingStepCannotSucceedOrFail() {
        fixture.given(running())
                .when(new CompletePipelineStepCommand(RUN, ORDERS, E, 1L, 1L))
                .expectException(violates(PipelineRule.STEP_NOT_RUNNING));
        fixture.given(running())
                .when(new FailPipelineStepCommand(RUN, ORDERS, E, "x"))
                .expectException(violates(PipelineRule.STEP_NOT_RUNNING));
    }

    @Test
    void stepSucceedsWithItsRows() {
        fixture.given(running(stepStarted(ORDERS)))
                .when(new CompletePipelineStepCommand(RUN, ORDERS, E, 100L, 90L))
                .expectEvents(stepSucceeded(ORDERS, 100L, 90L));
    }

    @Test
    void negativeStepRowsAreRejected() {
        fixture.given(running(stepStarted(ORDERS)))
                .when(new CompletePipelineStepCommand(RUN, ORDERS, E, 100L, -1L))
                .expectException(violates(PipelineRule.ROWS_NEGATIVE));
    }

    @Test
    void lastStepSucceedingSucceedsTheRunWithTheRowsOfAllSteps() {
        fixture.given(running(stepStarted(ORDERS), stepSucceeded(ORDERS, 100L, 100L),
                        stepStarted(CUSTOMERS), stepSucceeded(CUSTOMERS, 20L, 20L),
                        stepStarted(JOIN), stepSucceeded(JOIN, 120L, 100L), stepStarted(LOAD)))
                .when(new CompletePipelineStepCommand(RUN, LOAD, E, 100L, 100L))
                .expectEvents(stepSucceeded(LOAD, 100L, 100L),
                        new PipelineRunSucceededEvent(RUN, PIPELINE, S, E, 60_000L, 340L, 320L));
    }

    @Test
    void failingStepFailsTheRun() {
        fixture.given(running(stepStarted(ORDERS)))
                .when(new FailPipelineStepCommand(RUN, ORDERS, E, "connection refused"))
                .expectEvents(new PipelineStepFailedEvent(RUN, PIPELINE, ORDERS, E, "connection refused"),
                        new PipelineRunFailedEvent(RUN, PIPELINE, S, E, 60_000L,
                                "step 'extract_orders' failed: connection refused", 2));
    }

    @Test
    void runWithOpenStepsCannotSucceed() {
        fixture.given(running(stepStarted(ORDERS), stepSucceeded(ORDERS, 1L, 1L)))
                .when(new CompletePipelineRunCommand(RUN, E, null, null))
                .expectException(violates(PipelineRule.STEPS_NOT_FINISHED));
    }
}
