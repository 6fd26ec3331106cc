package io.opsledger.command.pipeline;

import io.opsledger.kernel.pipeline.PipelineRunId;
import io.opsledger.kernel.pipeline.PipelineRunSucceededEvent;
import io.opsledger.kernel.pipeline.RecordPipelineRunOutcomeCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.opsledger.command.pipeline.PipelineFixture.PIPELINE;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/** The anomaly policy brings a succeeded run's own figures and time to its pipeline, which judges them. */
class PipelineAnomalyPolicyTest {

    @Test
    void aSucceededRunSendsItsFiguresToItsPipeline() {
        CommandGateway commands = mock(CommandGateway.class);
        PipelineRunId run = PipelineRunId.random();
        Instant finishedAt = Instant.parse("2020-03-10T12:00:00Z");

        new PipelineAnomalyPolicy(commands).on(new PipelineRunSucceededEvent(run, PIPELINE,
                finishedAt.minusSeconds(60), finishedAt, 60_000L, 10L, 42L));

        verify(commands).sendAndWait(new RecordPipelineRunOutcomeCommand(PIPELINE, run, 60_000L, 42L, finishedAt));
    }
}
