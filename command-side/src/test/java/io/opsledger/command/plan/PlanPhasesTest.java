package io.opsledger.command.plan;

import io.opsledger.kernel.plan.PlanChangeResult;
import io.opsledger.kernel.plan.AddPhaseCommand;
import io.opsledger.kernel.plan.PhaseAddedEvent;
import io.opsledger.kernel.plan.PhaseId;
import io.opsledger.kernel.plan.PhaseRemovedEvent;
import io.opsledger.kernel.plan.PhaseRenamedEvent;
import io.opsledger.kernel.plan.PlanId;
import io.opsledger.kernel.plan.PlanRule;
import io.opsledger.kernel.plan.RemovePhaseCommand;
import io.opsledger.kernel.plan.RenamePhaseCommand;
import io.opsledger.kernel.plan.TaskId;
import io.opsledger.kernel.plan.TaskMovedEvent;
import io.opsledger.kernel.plan.TaskRemovedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.opsledger.command.plan.PlanFixture.created;
import static io.opsledger.command.plan.PlanFixture.phaseId;
import static io.opsledger.command.plan.PlanFixture.phaseTitle;
import static io.opsledger.command.plan.PlanFixture.planWithPhases;
import static io.opsledger.command.plan.PlanFixture.taskAdded;
import static io.opsledger.command.plan.PlanFixture.taskId;
import static io.opsledger.command.plan.PlanFixture.violates;

class PlanPhasesTest {

    private static final TaskId BACKUP = taskId("backup");

    private final PlanId planId = PlanId.random();
    private final PhaseId newPhase = PhaseId.random();
    private AggregateTestFixture<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlanFixture.fixture();
    }

    // --- adding ------------------------------------------------------------------------------

    @Test
    void addsFirstPhaseAsNumberOne() {
        fixture.given(created(planId))
                .when(new AddPhaseCommand(planId, newPhase, null, " Preparation "))
                .expectEvents(new PhaseAddedEvent(planId, newPhase, 1, "Preparation"))
                .expectResultMessagePayload(PlanChangeResult.at(1L));
    }

    @Test
    void addsPhaseAfterTheHighestNumberWhenNoneIsGiven() {
        fixture.given(created(planId), new PhaseAddedEvent(planId, phaseId(1), 1, phaseTitle(1)),
                        new PhaseAddedEvent(planId, phaseId(3), 3, phaseTitle(3)))
                .when(new AddPhaseCommand(planId, newPhase, null, "Cut-over"))
                .expectEvents(new PhaseAddedEvent(planId, newPhase, 4, "Cut-over"));
    }

    @Test
    void addsPhaseWithAFreeNumberOfItsChoice() {
        fixture.given(planWithPhases(planId, 1))
                .when(new AddPhaseCommand(planId, newPhase, 5, "Clean-up"))
                .expectEvents(new PhaseAddedEvent(planId, newPhase, 5, "Clean-up"));
    }

    @Test
    void reusesTheNumberOfARemovedPhase() {
        fixture.given(planWithPhases(planId, 2))
                .andGiven(new PhaseRemovedEvent(planId, phaseId(2)))
                .when(new AddPhaseCommand(planId, newPhase, 2, "Verification"))
                .expectEvents(new PhaseAddedEvent(planId, newPhase, 2, "Verification"));
    }

    @Test
    void rejectsPhaseIdAlreadyInThePlan() {
        fixture.given(planWithPhases(planId, 1))
                .when(new AddPhaseCommand(planId, phaseId(1), null, "Again"))
                .expectNoEvents()
                .expectException(violates(PlanRule.PHASE_ID_TAKEN));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void rejectsPhaseNumberBelowOne(int number) {
        fixture.given(created(planId))
                .when(new AddPhaseCommand(planId, newPhase, number, "Preparation"))
                .expectNoEvents()
                .expectException(violates(PlanRule.PHASE_NUMBER_INVALID));
    }

    @Test
    void rejectsPhaseNumberAlreadyTaken() {
        fixture.given(planWithPhases(planId, 2))
                .when(new AddPhaseCommand(planId, newPhase, 2, "Preparation"))
                .expectNoEvents()
                .expectException(violates(PlanRule.PHASE_NUMBER_TAKEN));
    }

    @Test
    void rejectsPhaseWithoutTitle() {
        fixture.given(created(planId))
                .when(new AddPhaseCommand(planId, newPhase, null, " "))
                .expectNoEvents()
                .expectException(violates(PlanRule.TITLE_REQUIRED));
    }

    @Test
    void rejectsPhaseTitleLongerThanMaximum() {
        fixture.given(created(planId))
                .when(new AddPhaseCommand(planId, newPhase, null, "t".repeat(PlanRule.MAX_TITLE_LENGTH + 1)))
                .expectNoEvents()
                .expectException(violates(PlanRule.TITLE_TOO_LONG));
    }

    // --- renaming ----------------------------------------------------------------------------

    @Test
    void renamesPhase() {
        fixture.given(planWithPhases(planId, 2))
                .when(new RenamePhaseCommand(planId, phaseId(2), "Verification"))
                .expectEvents(new PhaseRenamedEvent(planId, phaseId(2), "Verification"))
                .expectResultMessagePayload(PlanChangeResult.at(3L));
    }

    @Test
    void renamingPhaseToItsTitleChangesNothing() {
        fixture.given(planWithPhases(planId, 2))
                .when(new RenamePhaseCommand(planId, phaseId(2), phaseTitle(2)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(PlanChangeResult.at(2L));
    }

    @Test
    void rejectsRenamingUnknownPhase() {
        fixture.given(planWithPhases(planId, 1))
                .when(new RenamePhaseCommand(planId, newPhase, "Verification"))
                .expectNoEvents()
                .expectException(violates(PlanRule.PHASE_NOT_FOUND));
    }

    @Test
    void rejectsRenamingPhaseToBlank() {
        fixture.given(planWithPhases(planId, 1))
                .when(new RenamePhaseCommand(planId, phaseId(1), ""))
                .expectNoEvents()
                .expectException(violates(PlanRule.TITLE_REQUIRED));
    }

    // --- removing ----------------------------------------------------------------------------

    @Test
    void removesEmptyPhase() {
        fixture.given(planWithPhases(planId, 2))
                .when(new RemovePhaseCommand(planId, phaseId(1)))
                .expectEvents(new PhaseRemovedEvent(planId, phaseId(1)));
    }

    @Test
    void rejectsRemovingPhaseWithTasks() {
        fixture.given(planWithPhases(planId, 2))
                .andGiven(taskAdded(planId, BACKUP, 1))
                .when(new RemovePhaseCommand(planId, phaseId(1)))
                .expectNoEvents()
                .expectException(violates(PlanRule.PHASE_NOT_EMPTY));
    }

    @Test
    void removesPhaseOnceItsTaskMovedElsewhere() {
        fixture.given(planWithPhases(planId, 2))
                .andGiven(taskAdded(planId, BACKUP, 1),
                        new TaskMovedEvent(planId, BACKUP, phaseId(1), phaseId(2), 0))
                .when(new RemovePhaseCommand(planId, phaseId(1)))
                .expectEvents(new PhaseRemovedEvent(planId, phaseId(1)));
    }

    @Test
    void removesPhaseOnceItsTaskWasRemoved() {
        fixture.given(planWithPhases(planId, 1))
                .andGiven(taskAdded(planId, BACKUP, 1), new TaskRemovedEvent(planId, BACKUP))
                .when(new RemovePhaseCommand(planId, phaseId(1)))
                .expectEvents(new PhaseRemovedEvent(planId, phaseId(1)));
    }

    @Test
    void rejectsRemovingUnknownPhase() {
        fixture.given(planWithPhases(planId, 1))
                .when(new RemovePhaseCommand(planId, newPhase))
                .expectNoEvents()
                .expectException(violates(PlanRule.PHASE_NOT_FOUND));
    }

    @Test
    void rejectsRemovingPhaseTwice() {
        fixture.given(planWithPhases(planId, 1))
                .andGiven(new PhaseRemovedEvent(planId, phaseId(1)))
                .when(new RemovePhaseCommand(planId, phaseId(1)))
                .expectNoEvents()
                .expectException(violates(PlanRule.PHASE_NOT_FOUND));
    }
}
