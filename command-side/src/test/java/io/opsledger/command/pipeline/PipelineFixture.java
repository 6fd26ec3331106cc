package io.opsledger.command.pipeline;

import io.opsledger.kernel.pipeline.LineageDataset;
import io.opsledger.kernel.pipeline.LineageEventType;
import io.opsledger.kernel.pipeline.PipelineCreatedEvent;
import io.opsledger.kernel.pipeline.PipelineDefinition;
import io.opsledger.kernel.pipeline.PipelineId;
import io.opsledger.kernel.pipeline.PipelineOrigin;
import io.opsledger.kernel.pipeline.PipelineRunId;
import io.opsledger.kernel.pipeline.PipelineRunQueuedEvent;
import io.opsledger.kernel.pipeline.PipelineRunStartedEvent;
import io.opsledger.kernel.pipeline.RecordLineageEventCommand;
import io.opsledger.kernel.pipeline.StepDefinition;
import io.opsledger.kernel.pipeline.StepKind;
import io.opsledger.kernel.pipeline.StepName;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Given-events and commands for the pipeline tests, named after the situation they set up. Ids are
 * derived from names so that a failing test prints the same ids on every run.
 */
final class PipelineFixture {

    static final String NAMESPACE = "warehouse";
    static final String NAME = "orders_daily";
    static final PipelineId PIPELINE = PipelineId.forJob(NAMESPACE, NAME);
    static final Instant T0 = Instant.parse("2026-11-02T02:00:00Z");
    static final Duration TIMEOUT = Duration.ofMinutes(30);
    /** extract → transform → load, and a second extract the transform also needs. */
    static final List<StepDefinition> STEPS = List.of(
            step("extract_orders", StepKind.EXTRACT),
            step("extract_customers", StepKind.EXTRACT),
            step("join", StepKind.TRANSFORM, "extract_orders", "extract_customers"),
            step("load_warehouse", StepKind.LOAD, "join"));
    static final PipelineDefinition DEFINITION = new PipelineDefinition(1, STEPS, 2, TIMEOUT);
    static final PipelineDefinition STEPLESS = new PipelineDefinition(1, List.of(), 1, TIMEOUT);

    private PipelineFixture() {
    }

    static StepDefinition step(String name, StepKind kind, String... dependsOn) {
        return new StepDefinition(new StepName(name), kind, Arrays.stream(dependsOn).map(StepName::new).toList());
    }

    static PipelineRunId runId(String name) {
        return new PipelineRunId(uuid("run-" + name));
    }

    static PipelineCreatedEvent created(PipelineDefinition definition) {
        return new PipelineCreatedEvent(PIPELINE, NAMESPACE, NAME, PipelineOrigin.API, definition);
    }

    /** A fixture for pipelines, with the default anomaly settings. */
    static AggregateTestFixture<Pipeline> pipelines() {
        AggregateTestFixture<Pipeline> fixture = new AggregateTestFixture<>(Pipeline.class);
        fixture.registerInjectableResource(AnomalySettings.DEFAULT);
        return fixture;
    }

    /**
     * A fixture for runs whose pipeline has {@code definition}, with all of Axon's checks on: steps
     * are values, so its check that state changes only in event-sourcing handlers covers them.
     */
    static AggregateTestFixture<PipelineRun> runs(PipelineDefinition definition) {
        AggregateTestFixture<PipelineRun> fixture = new AggregateTestFixture<>(PipelineRun.class);
        fixture.registerInjectableResource((PipelineDefinitions) pipelineId -> definition);
        return fixture;
    }

    static PipelineRunQueuedEvent queued(PipelineRunId runId, PipelineDefinition definition) {
        return new PipelineRunQueuedEvent(runId, PIPELINE, definition, 1, null, runId, PipelineOrigin.API, null, T0);
    }

    static PipelineRunStartedEvent started(PipelineRunId runId, Instant at, Duration timeout) {
        return new PipelineRunStartedEvent(runId, PIPELINE, at, timeout == null ? null : at.plus(timeout));
    }

    static final UUID OL_RUN = uuid("openlineage-run");
    static final List<LineageDataset> INPUTS = List.of(new LineageDataset("postgres://db01:5432", "shop.orders", null));
    static final List<LineageDataset> OUTPUTS = List.of(new LineageDataset("s3://lake", "orders_daily", "{\"schema\":{}}"));

    static RecordLineageEventCommand lineage(PipelineRunId runId, LineageEventType type, Instant at, Long rowsWritten) {
        return new RecordLineageEventCommand(runId, PIPELINE, OL_RUN, type, at, "https://example.test/producer",
                INPUTS, OUTPUTS, "{\"nominalTime\":{}}", "{}", null, rowsWritten, null);
    }

    static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
