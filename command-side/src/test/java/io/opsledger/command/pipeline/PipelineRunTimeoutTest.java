package io.opsledger.command.pipeline;

import io.opsledger.kernel.pipeline.CompletePipelineRunCommand;
import io.opsledger.kernel.pipeline.PipelineDefinition;
import io.opsledger.kernel.pipeline.PipelineRunId;
import io.opsledger.kernel.pipeline.PipelineRunTimedOutEvent;
import io.opsledger.kernel.pipeline.QueuePipelineRunCommand;
import io.opsledger.kernel.pipeline.StartPipelineRunCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.opsledger.command.pipeline.PipelineFixture.PIPELINE;
import static io.opsledger.command.pipeline.PipelineFixture.STEPLESS;
import static io.opsledger.command.pipeline.PipelineFixture.TIMEOUT;
import static io.opsledger.command.pipeline.PipelineFixture.runId;

/** STEPLESS times out 30 minutes after its start: a deadline, cancelled when the run finishes first. */
class PipelineRunTimeoutTest {

    private static final PipelineRunId RUN = runId("timeout");

    private final AggregateTestFixture<PipelineRun> fixture = PipelineFixture.runs(STEPLESS);

    @Test
    void startSchedulesTheTimeoutDeadline() {
        Instant now = fixture.currentTime();
        fixture.givenCommands(new QueuePipelineRunCommand(RUN, PIPELINE, now))
                .when(new StartPipelineRunCommand(RUN, null))
                .expectScheduledDeadlineWithName(TIMEOUT, PipelineRun.TIMEOUT_DEADLINE)
                .expectScheduledDeadline(TIMEOUT, new RunTimeoutCheck(now, now.plus(TIMEOUT)));
    }

    @Test
    void queuedRunHasNoDeadlineYet() {
        fixture.givenNoPriorActivity()
                .when(new QueuePipelineRunCommand(RUN, PIPELINE, null))
                .expectNoScheduledDeadlines();
    }

    @Test
    void runStillRunningAtTheTimeoutTimesOut() {
        Instant now = fixture.currentTime();
        fixture.givenCommands(new QueuePipelineRunCommand(RUN, PIPELINE, now), new StartPipelineRunCommand(RUN, null))
                .whenTimeElapses(TIMEOUT)
                .expectTriggeredDeadlinesWithName(PipelineRun.TIMEOUT_DEADLINE)
                .expectEvents(new PipelineRunTimedOutEvent(RUN, PIPELINE, now, now.plus(TIMEOUT), TIMEOUT, 1));
    }

    @Test
    void runIsNotTimedOutAMinuteBefore() {
        fixture.givenCommands(new QueuePipelineRunCommand(RUN, PIPELINE, null), new StartPipelineRunCommand(RUN, null))
                .whenTimeElapses(TIMEOUT.minusMinutes(1))
                .expectNoEvents();
    }

    @Test
    void successCancelsTheDeadline() {
        fixture.givenCommands(new QueuePipelineRunCommand(RUN, PIPELINE, null), new StartPipelineRunCommand(RUN, null))
                .when(new CompletePipelineRunCommand(RUN, null, null, null))
                .expectNoScheduledDeadlines();
    }

    @Test
    void runFinishedBeforeTheTimeoutIsNotTimedOut() {
        fixture.givenCommands(new QueuePipelineRunCommand(RUN, PIPELINE, null), new StartPipelineRunCommand(RUN, null),
                        new CompletePipelineRunCommand(RUN, null, null, null))
                .whenTimeElapses(TIMEOUT.plusMinutes(1))
                .expectNoEvents();
    }

    @Test
    void pipelineWithoutTimeoutSchedulesNothing() {
        AggregateTestFixture<PipelineRun> noTimeout = PipelineFixture.runs(new PipelineDefinition(1, List.of(), 0, null));
        noTimeout.givenCommands(new QueuePipelineRunCommand(RUN, PIPELINE, null))
                .when(new StartPipelineRunCommand(RUN, null))
                .expectNoScheduledDeadlines();
        noTimeout.givenCommands(new QueuePipelineRunCommand(RUN, PIPELINE, null), new StartPipelineRunCommand(RUN, null))
                .whenTimeElapses(Duration.ofDays(30))
                .expectNoEvents();
    }
}
