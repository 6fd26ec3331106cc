package io.opsledger.command.pipeline;

import io.opsledger.kernel.pipeline.AnomalyMetric;
import io.opsledger.kernel.pipeline.PipelineRunAnomalyDetectedEvent;
import io.opsledger.kernel.pipeline.PipelineRunId;
import io.opsledger.kernel.pipeline.PipelineRunOutcomeRecordedEvent;
import io.opsledger.kernel.pipeline.RecordPipelineRunOutcomeCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.opsledger.command.pipeline.PipelineFixture.DEFINITION;
import static io.opsledger.command.pipeline.PipelineFixture.PIPELINE;
import static io.opsledger.command.pipeline.PipelineFixture.T0;
import static io.opsledger.command.pipeline.PipelineFixture.created;
import static io.opsledger.command.pipeline.PipelineFixture.runId;

/**
 * Normal runs take 990 or 1010 ms and write 500 rows: median 1000 ms, MAD 10 ms, spread
 * max(1.4826 · 10, 5 % of 1000) = 50 ms, so with k = 3.5 anything outside [825, 1175] ms is an anomaly.
 */
class PipelineAnomalyTest {

    private static final PipelineRunId SLOW = runId("slow");

    private AggregateTestFixture<Pipeline> fixture;

    @BeforeEach
    void setUp() {
        fixture = PipelineFixture.pipelines();
    }

    private static List<Object> history(int normalRuns) {
        List<Object> events = new ArrayList<>();
        events.add(created(DEFINITION));
        for (int i = 0; i < normalRuns; i++) {
            events.add(new PipelineRunOutcomeRecordedEvent(PIPELINE, runId("normal-" + i), i % 2 == 0 ? 990L : 1010L,
                    500L, T0.plusSeconds(i)));
        }
        return events;
    }

    private static RecordPipelineRunOutcomeCommand outcome(PipelineRunId run, long durationMillis, long rows) {
        return new RecordPipelineRunOutcomeCommand(PIPELINE, run, durationMillis, rows, T0.plusSeconds(100));
    }

    @Test
    void tenTimesSlowerRunAfterTwentyNormalOnesIsExactlyOneAnomalyWithItsNumbers() {
        fixture.given(history(20))
                .when(outcome(SLOW, 10_000L, 500L))
                .expectEvents(new PipelineRunOutcomeRecordedEvent(PIPELINE, SLOW, 10_000L, 500L, T0.plusSeconds(100)),
                        new PipelineRunAnomalyDetectedEvent(PIPELINE, SLOW, AnomalyMetric.DURATION_MILLIS, 10_000,
                                1000, 10, 3.5, 20, 825, 1175));
    }

    @Test
    void normalRunRaisesNothing() {
        fixture.given(history(20))
                .when(outcome(SLOW, 1100L, 510L))
                .expectEvents(new PipelineRunOutcomeRecordedEvent(PIPELINE, SLOW, 1100L, 510L, T0.plusSeconds(100)));
    }

    @Test
    void noAnomalyBeforeTenRuns() {
        fixture.given(history(9))
                .when(outcome(SLOW, 10_000L, 500L))
                .expectEvents(new PipelineRunOutcomeRecordedEvent(PIPELINE, SLOW, 10_000L, 500L, T0.plusSeconds(100)));
    }

    @Test
    void judgedFromTheTenthRunOn() {
        fixture.given(history(10))
                .when(outcome(SLOW, 10_000L, 500L))
                .expectEvents(new PipelineRunOutcomeRecordedEvent(PIPELINE, SLOW, 10_000L, 500L, T0.plusSeconds(100)),
                        new PipelineRunAnomalyDetectedEvent(PIPELINE, SLOW, AnomalyMetric.DURATION_MILLIS, 10_000,
                                1000, 10, 3.5, 10, 825, 1175));
    }

    @Test
    void rowCountFarOutsideHistoryIsAnAnomalyToo() {
        // rows: all 500, MAD 0: spread max(1, 0, 25) = 25, bounds [412.5, 587.5]
        fixture.given(history(20))
                .when(outcome(SLOW, 1000L, 5L))
                .expectEvents(new PipelineRunOutcomeRecordedEvent(PIPELINE, SLOW, 1000L, 5L, T0.plusSeconds(100)),
                        new PipelineRunAnomalyDetectedEvent(PIPELINE, SLOW, AnomalyMetric.ROWS_WRITTEN, 5,
                                500, 0, 3.5, 20, 412.5, 587.5));
    }

    @Test
    void runRecordedTwiceCountsOnce() {
        List<Object> events = history(20);
        events.add(new PipelineRunOutcomeRecordedEvent(PIPELINE, SLOW, 10_000L, 500L, T0.plusSeconds(100)));
        fixture.given(events)
                .when(outcome(SLOW, 10_000L, 500L))
                .expectNoEvents();
    }

    @Test
    void onlyTheLastWindowOfRunsCounts() {
        AggregateTestFixture<Pipeline> windowOfTen = new AggregateTestFixture<>(Pipeline.class);
        windowOfTen.registerInjectableResource(new AnomalySettings(3.5, 10, 10, 0.05));
        List<Object> events = new ArrayList<>();
        events.add(created(DEFINITION));
        for (int i = 0; i < 10; i++) {
            events.add(new PipelineRunOutcomeRecordedEvent(PIPELINE, runId("old-" + i), 10_000L, 500L, T0));
        }
        events.addAll(history(10).subList(1, 11));
        windowOfTen.given(events)
                .when(outcome(SLOW, 10_000L, 500L))
                .expectEvents(new PipelineRunOutcomeRecordedEvent(PIPELINE, SLOW, 10_000L, 500L, T0.plusSeconds(100)),
                        new PipelineRunAnomalyDetectedEvent(PIPELINE, SLOW, AnomalyMetric.DURATION_MILLIS, 10_000,
                                1000, 10, 3.5, 10, 825, 1175));
    }
}
