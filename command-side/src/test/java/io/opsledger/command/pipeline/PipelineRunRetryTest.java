package io.opsledger.command.pipeline;

import io.opsledger.kernel.pipeline.PipelineDefinition;
import io.opsledger.kernel.pipeline.PipelineOrigin;
import io.opsledger.kernel.pipeline.PipelineRule;
import io.opsledger.kernel.pipeline.PipelineRunFailedEvent;
import io.opsledger.kernel.pipeline.PipelineRunId;
import io.opsledger.kernel.pipeline.PipelineRunQueuedEvent;
import io.opsledger.kernel.pipeline.PipelineRunRetriedEvent;
import io.opsledger.kernel.pipeline.PipelineRunSucceededEvent;
import io.opsledger.kernel.pipeline.PipelineRunTimedOutEvent;
import io.opsledger.kernel.pipeline.RetryPipelineRunCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.opsledger.command.RuleViolationMatcher.violates;
import static io.opsledger.command.pipeline.PipelineFixture.PIPELINE;
import static io.opsledger.command.pipeline.PipelineFixture.STEPLESS;
import static io.opsledger.command.pipeline.PipelineFixture.T0;
import static io.opsledger.command.pipeline.PipelineFixture.TIMEOUT;
import static io.opsledger.command.pipeline.PipelineFixture.queued;
import static io.opsledger.command.pipeline.PipelineFixture.runId;
import static io.opsledger.command.pipeline.PipelineFixture.started;

/** STEPLESS allows one retry: attempt 1 may be retried once, attempt 2 no more. */
class PipelineRunRetryTest {

    private static final PipelineRunId FIRST = runId("attempt-1");
    private static final PipelineRunId SECOND = runId("attempt-2");
    private static final Instant S = T0.plusSeconds(1);
    private static final Instant E = T0.plusSeconds(31);
    private static final Instant RETRY_AT = T0.plusSeconds(40);

    private AggregateTestFixture<PipelineRun> fixture;

    @BeforeEach
    void setUp() {
        fixture = PipelineFixture.runs(STEPLESS);
    }

    private static PipelineRunFailedEvent failed(PipelineRunId run, int retriesLeft) {
        return new PipelineRunFailedEvent(run, PIPELINE, S, E, 30_000L, "boom", retriesLeft);
    }

    @Test
    void failedRunWithRetriesLeftIsRetriedAsANewLinkedAttempt() {
        fixture.given(queued(FIRST, STEPLESS), started(FIRST, S, TIMEOUT), failed(FIRST, 1))
                .when(new RetryPipelineRunCommand(FIRST, SECOND, RETRY_AT))
                .expectEvents(new PipelineRunRetriedEvent(FIRST, PIPELINE, SECOND, 2, RETRY_AT),
                        new PipelineRunQueuedEvent(SECOND, PIPELINE, STEPLESS, 2, FIRST, FIRST, PipelineOrigin.API, null,
                                RETRY_AT));
    }

    @Test
    void timedOutRunIsRetried() {
        fixture.given(queued(FIRST, STEPLESS), started(FIRST, S, TIMEOUT),
                        new PipelineRunTimedOutEvent(FIRST, PIPELINE, S, S.plus(TIMEOUT), TIMEOUT, 1))
                .when(new RetryPipelineRunCommand(FIRST, SECOND, RETRY_AT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PipelineRunRetriedEvent(FIRST, PIPELINE, SECOND, 2, RETRY_AT),
                        new PipelineRunQueuedEvent(SECOND, PIPELINE, STEPLESS, 2, FIRST, FIRST, PipelineOrigin.API, null,
                                RETRY_AT));
    }

    @Test
    void lastAllowedAttemptIsNotRetried() {
        fixture.given(new PipelineRunQueuedEvent(SECOND, PIPELINE, STEPLESS, 2, FIRST, FIRST, PipelineOrigin.API, null, T0),
                        started(SECOND, S, TIMEOUT), failed(SECOND, 0))
                .when(new RetryPipelineRunCommand(SECOND, runId("attempt-3"), RETRY_AT))
                .expectException(violates(PipelineRule.RETRIES_EXHAUSTED));
    }

    @Test
    void pipelineWithoutRetriesIsNotRetried() {
        PipelineDefinition noRetries = new PipelineDefinition(1, STEPLESS.steps(), 0, null);
        fixture.given(queued(FIRST, noRetries), started(FIRST, S, null), failed(FIRST, 0))
                .when(new RetryPipelineRunCommand(FIRST, SECOND, RETRY_AT))
                .expectException(violates(PipelineRule.RETRIES_EXHAUSTED));
    }

    @Test
    void failedRunIsRetriedOnce() {
        fixture.given(queued(FIRST, STEPLESS), started(FIRST, S, TIMEOUT), failed(FIRST, 1),
                        new PipelineRunRetriedEvent(FIRST, PIPELINE, SECOND, 2, RETRY_AT))
                .when(new RetryPipelineRunCommand(FIRST, runId("other"), RETRY_AT))
                .expectException(violates(PipelineRule.RUN_ALREADY_RETRIED));
    }

    @Test
    void succeededRunIsNotRetried() {
        fixture.given(queued(FIRST, STEPLESS), started(FIRST, S, TIMEOUT),
                        new PipelineRunSucceededEvent(FIRST, PIPELINE, S, E, 30_000L, null, null))
                .when(new RetryPipelineRunCommand(FIRST, SECOND, RETRY_AT))
                .expectException(violates(PipelineRule.RUN_NOT_RETRYABLE));
    }

    @Test
    void runningRunIsNotRetried() {
        fixture.given(queued(FIRST, STEPLESS), started(FIRST, S, TIMEOUT))
                .when(new RetryPipelineRunCommand(FIRST, SECOND, RETRY_AT))
                .expectException(violates(PipelineRule.RUN_NOT_RETRYABLE));
    }

    @Test
    void retryNeedsANewRunId() {
        fixture.given(queued(FIRST, STEPLESS), started(FIRST, S, TIMEOUT), failed(FIRST, 1))
                .when(new RetryPipelineRunCommand(FIRST, FIRST, RETRY_AT))
                .expectException(violates(PipelineRule.RUN_ID_TAKEN));
    }
}
