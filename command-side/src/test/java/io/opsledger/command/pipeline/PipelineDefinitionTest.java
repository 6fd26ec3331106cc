package io.opsledger.command.pipeline;

import io.opsledger.kernel.pipeline.ChangePipelineDefinitionCommand;
import io.opsledger.kernel.pipeline.CreatePipelineCommand;
import io.opsledger.kernel.pipeline.PipelineCreatedEvent;
import io.opsledger.kernel.pipeline.PipelineDefinition;
import io.opsledger.kernel.pipeline.PipelineDefinitionChangedEvent;
import io.opsledger.kernel.pipeline.PipelineOrigin;
import io.opsledger.kernel.pipeline.PipelineRule;
import io.opsledger.kernel.pipeline.RegisterLineageJobCommand;
import io.opsledger.kernel.pipeline.StepDefinition;
import io.opsledger.kernel.pipeline.StepKind;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.opsledger.command.RuleViolationMatcher.violates;
import static io.opsledger.command.pipeline.PipelineFixture.DEFINITION;
import static io.opsledger.command.pipeline.PipelineFixture.NAME;
import static io.opsledger.command.pipeline.PipelineFixture.NAMESPACE;
import static io.opsledger.command.pipeline.PipelineFixture.PIPELINE;
import static io.opsledger.command.pipeline.PipelineFixture.STEPS;
import static io.opsledger.command.pipeline.PipelineFixture.TIMEOUT;
import static io.opsledger.command.pipeline.PipelineFixture.created;
import static io.opsledger.command.pipeline.PipelineFixture.step;

/** A pipeline's definition: a DAG of steps, retries and a timeout, changed in versions. */
class PipelineDefinitionTest {

    private AggregateTestFixture<Pipeline> fixture;

    @BeforeEach
    void setUp() {
        fixture = PipelineFixture.pipelines();
    }

    private CreatePipelineCommand create(List<StepDefinition> steps) {
        return new CreatePipelineCommand(PIPELINE, NAMESPACE, NAME, steps, 2, TIMEOUT);
    }

    @Test
    void createsPipelineWithDefinitionVersionOne() {
        fixture.givenNoPriorActivity()
                .when(new CreatePipelineCommand(PIPELINE, "  " + NAMESPACE, NAME + " ", STEPS, 2, TIMEOUT))
                .expectEvents(created(DEFINITION));
    }

    @Test
    void rejectsCycleNamingTheStepsOnIt() {
        fixture.givenNoPriorActivity()
                .when(create(List.of(step("a", StepKind.EXTRACT, "c"), step("b", StepKind.TRANSFORM, "a"),
                        step("c", StepKind.LOAD, "b"))))
                .expectException(violates(PipelineRule.STEP_DEPENDENCY_CYCLE))
                .expectExceptionMessage("step dependencies form a cycle: a → c → b → a");
    }

    @Test
    void rejectsStepThatDependsOnItself() {
        fixture.givenNoPriorActivity()
                .when(create(List.of(step("a", StepKind.EXTRACT, "a"))))
                .expectException(violates(PipelineRule.STEP_DEPENDENCY_CYCLE));
    }

    @Test
    void acceptsDiamond() {
        List<StepDefinition> diamond = List.of(step("e", StepKind.EXTRACT), step("t1", StepKind.TRANSFORM, "e"),
                step("t2", StepKind.TRANSFORM, "e"), step("l", StepKind.LOAD, "t1", "t2"));
        fixture.givenNoPriorActivity()
                .when(create(diamond))
                .expectEvents(created(new PipelineDefinition(1, diamond, 2, TIMEOUT)));
    }

    @Test
    void rejectsDanglingDependency() {
        fixture.givenNoPriorActivity()
                .when(create(List.of(step("load", StepKind.LOAD, "extract"))))
                .expectException(violates(PipelineRule.STEP_DEPENDENCY_DANGLING));
    }

    @Test
    void rejectsDuplicateStepName() {
        fixture.givenNoPriorActivity()
                .when(create(List.of(step("a", StepKind.EXTRACT), step("a ", StepKind.LOAD))))
                .expectException(violates(PipelineRule.STEP_NAME_DUPLICATE));
    }

    @Test
    void rejectsStepWithoutKind() {
        fixture.givenNoPriorActivity()
                .when(create(List.of(step("a", null))))
                .expectException(violates(PipelineRule.STEP_KIND_REQUIRED));
    }

    @Test
    void rejectsBlankStepName() {
        fixture.givenNoPriorActivity()
                .when(create(List.of(step(" ", StepKind.EXTRACT))))
                .expectException(violates(PipelineRule.STEP_NAME_INVALID));
    }

    @Test
    void rejectsBlankNameAndNamespace() {
        fixture.givenNoPriorActivity()
                .when(new CreatePipelineCommand(PIPELINE, NAMESPACE, " ", STEPS, 0, null))
                .expectException(violates(PipelineRule.NAME_REQUIRED));
        fixture.givenNoPriorActivity()
                .when(new CreatePipelineCommand(PIPELINE, "", NAME, STEPS, 0, null))
                .expectException(violates(PipelineRule.NAMESPACE_REQUIRED));
    }

    @Test
    void rejectsRetriesOutOfRange() {
        fixture.givenNoPriorActivity()
                .when(new CreatePipelineCommand(PIPELINE, NAMESPACE, NAME, STEPS, -1, null))
                .expectException(violates(PipelineRule.MAX_RETRIES_OUT_OF_RANGE));
    }

    @Test
    void rejectsTimeoutOutOfRange() {
        fixture.givenNoPriorActivity()
                .when(new CreatePipelineCommand(PIPELINE, NAMESPACE, NAME, STEPS, 0, Duration.ofDays(8)))
                .expectException(violates(PipelineRule.TIMEOUT_OUT_OF_RANGE));
    }

    @Test
    void changeIsTheNextVersion() {
        List<StepDefinition> steps = List.of(step("extract", StepKind.EXTRACT), step("load", StepKind.LOAD, "extract"));
        fixture.given(created(DEFINITION))
                .when(new ChangePipelineDefinitionCommand(PIPELINE, steps, 3, null))
                .expectEvents(new PipelineDefinitionChangedEvent(PIPELINE, new PipelineDefinition(2, steps, 3, null)))
                .expectResultMessagePayload(1L);
    }

    @Test
    void unchangedDefinitionRecordsNothing() {
        fixture.given(created(DEFINITION))
                .when(new ChangePipelineDefinitionCommand(PIPELINE, STEPS, 2, TIMEOUT))
                .expectNoEvents()
                .expectResultMessagePayload(0L);
    }

    @Test
    void changeIntoACycleIsRejected() {
        fixture.given(created(DEFINITION))
                .when(new ChangePipelineDefinitionCommand(PIPELINE,
                        List.of(step("a", StepKind.EXTRACT, "b"), step("b", StepKind.LOAD, "a")), 0, null))
                .expectException(violates(PipelineRule.STEP_DEPENDENCY_CYCLE));
    }

    @Test
    void lineageJobIsCreatedOnFirstSight() {
        fixture.givenNoPriorActivity()
                .when(new RegisterLineageJobCommand(PIPELINE, NAMESPACE, NAME))
                .expectEvents(new PipelineCreatedEvent(PIPELINE, NAMESPACE, NAME, PipelineOrigin.OPENLINEAGE,
                        PipelineDefinition.empty()));
    }

    @Test
    void lineageJobSeenAgainChangesNothing() {
        fixture.given(created(DEFINITION))
                .when(new RegisterLineageJobCommand(PIPELINE, NAMESPACE, NAME))
                .expectNoEvents();
    }
}
