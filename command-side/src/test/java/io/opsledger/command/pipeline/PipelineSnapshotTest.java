package io.opsledger.command.pipeline;

import io.opsledger.command.snapshot.SnapshotRoundTrip;
import io.opsledger.kernel.pipeline.LineageEventType;
import io.opsledger.kernel.pipeline.PipelineDefinitionChangedEvent;
import io.opsledger.kernel.pipeline.PipelineRunFailedEvent;
import io.opsledger.kernel.pipeline.PipelineRunId;
import io.opsledger.kernel.pipeline.PipelineRunLineageRecordedEvent;
import io.opsledger.kernel.pipeline.PipelineRunOutcomeRecordedEvent;
import io.opsledger.kernel.pipeline.PipelineRunRetriedEvent;
import io.opsledger.kernel.pipeline.PipelineStepFailedEvent;
import io.opsledger.kernel.pipeline.PipelineStepStartedEvent;
import io.opsledger.kernel.pipeline.PipelineStepSucceededEvent;
import io.opsledger.kernel.pipeline.StepName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.opsledger.command.pipeline.PipelineFixture.DEFINITION;
import static io.opsledger.command.pipeline.PipelineFixture.INPUTS;
import static io.opsledger.command.pipeline.PipelineFixture.OL_RUN;
import static io.opsledger.command.pipeline.PipelineFixture.OUTPUTS;
import static io.opsledger.command.pipeline.PipelineFixture.PIPELINE;
import static io.opsledger.command.pipeline.PipelineFixture.STEPLESS;
import static io.opsledger.command.pipeline.PipelineFixture.T0;
import static io.opsledger.command.pipeline.PipelineFixture.TIMEOUT;
import static io.opsledger.command.pipeline.PipelineFixture.created;
import static io.opsledger.command.pipeline.PipelineFixture.queued;
import static io.opsledger.command.pipeline.PipelineFixture.runId;
import static io.opsledger.command.pipeline.PipelineFixture.started;

/** Pipelines and pipeline runs restored from a snapshot hold what a full replay builds. */
class PipelineSnapshotTest {

    @Test
    void aPipelineSnapshotRestoresItsDefinitionAndOutcomeHistory() {
        List<Object> history = new ArrayList<>(List.of(created(DEFINITION)));
        for (int i = 0; i < 5; i++) {
            history.add(new PipelineRunOutcomeRecordedEvent(PIPELINE, runId("run-" + i), 60_000L + i, 1_000L * i,
                    T0.plusSeconds(i * 3600L)));
        }
        history.add(new PipelineDefinitionChangedEvent(PIPELINE, STEPLESS));
        List<Object> after = List.of(new PipelineRunOutcomeRecordedEvent(PIPELINE, runId("run-5"), 61_000L, null,
                T0.plusSeconds(6 * 3600L)));

        SnapshotRoundTrip.assertSnapshotRestoresState(Pipeline.class, PIPELINE.toString(), history, after);
    }

    @Test
    void aPipelineRunSnapshotRestoresItsStepsAndLineage() {
        PipelineRunId run = runId("first");
        StepName extract = new StepName("extract_orders");
        List<Object> history = List.of(queued(run, DEFINITION),
                started(run, T0, TIMEOUT),
                new PipelineStepStartedEvent(run, PIPELINE, extract, T0),
                new PipelineStepSucceededEvent(run, PIPELINE, extract, T0.plusSeconds(30), 10L, 10L),
                new PipelineStepStartedEvent(run, PIPELINE, new StepName("extract_customers"), T0.plusSeconds(31)),
                new PipelineRunLineageRecordedEvent(run, PIPELINE, OL_RUN, LineageEventType.RUNNING, T0.plusSeconds(32),
                        "producer", INPUTS, OUTPUTS, null, null));
        List<Object> after = List.of(
                new PipelineStepFailedEvent(run, PIPELINE, new StepName("extract_customers"), T0.plusSeconds(40), "timeout"),
                new PipelineRunFailedEvent(run, PIPELINE, T0, T0.plusSeconds(41), 41_000L, "step failed", 1),
                new PipelineRunRetriedEvent(run, PIPELINE, runId("second"), 2, T0.plusSeconds(42)));

        SnapshotRoundTrip.assertSnapshotRestoresState(PipelineRun.class, run.toString(), history, after);
    }
}
