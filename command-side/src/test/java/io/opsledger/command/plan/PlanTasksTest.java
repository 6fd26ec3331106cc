package io.opsledger.command.plan;

import io.opsledger.kernel.plan.PlanChangeResult;
import io.opsledger.kernel.plan.AddTaskCommand;
import io.opsledger.kernel.plan.EditTaskCommand;
import io.opsledger.kernel.plan.MoveTaskCommand;
import io.opsledger.kernel.plan.PhaseId;
import io.opsledger.kernel.plan.PlanId;
import io.opsledger.kernel.plan.PlanRule;
import io.opsledger.kernel.plan.RemoveTaskCommand;
import io.opsledger.kernel.plan.TaskAddedEvent;
import io.opsledger.kernel.plan.TaskEditedEvent;
import io.opsledger.kernel.plan.TaskId;
import io.opsledger.kernel.plan.TaskMovedEvent;
import io.opsledger.kernel.plan.TaskPrerequisitesSetEvent;
import io.opsledger.kernel.plan.TaskPriority;
import io.opsledger.kernel.plan.TaskRemovedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.opsledger.command.plan.PlanFixture.DESCRIPTION;
import static io.opsledger.command.plan.PlanFixture.movedTo;
import static io.opsledger.command.plan.PlanFixture.phaseId;
import static io.opsledger.command.plan.PlanFixture.planWithPhases;
import static io.opsledger.command.plan.PlanFixture.statusChanged;
import static io.opsledger.command.plan.PlanFixture.taskAdded;
import static io.opsledger.command.plan.PlanFixture.taskDone;
import static io.opsledger.command.plan.PlanFixture.taskId;
import static io.opsledger.command.plan.PlanFixture.violates;
import static io.opsledger.kernel.plan.PlanStatus.ACTIVE;
import static io.opsledger.kernel.plan.PlanStatus.COMPLETED;
import static org.hamcrest.Matchers.containsString;

class PlanTasksTest {

    private static final TaskId BACKUP = taskId("backup");
    private static final TaskId UPGRADE = taskId("upgrade");
    private static final TaskId VERIFY = taskId("verify");
    private static final TaskId NEW_TASK = taskId("new");
    private static final LocalDate DUE = LocalDate.of(2026, 3, 31);

    private final PlanId planId = PlanId.random();
    private AggregateTestFixture<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlanFixture.fixture();
    }

    @Nested
    class Adding {

        @Test
        void addsTaskWithMediumPriorityAndNoDueDateByDefault() {
            fixture.given(planWithPhases(planId, 1))
                    .when(new AddTaskCommand(planId, NEW_TASK, phaseId(1), "  Check replicas\n", null, null, null))
                    .expectEvents(new TaskAddedEvent(planId, NEW_TASK, phaseId(1), "Check replicas",
                            TaskPriority.MEDIUM, null, List.of()))
                    .expectResultMessagePayload(PlanChangeResult.at(2L));
        }

        @Test
        void addsTaskWithPriorityDueDateAndDistinctPrerequisites() {
            fixture.given(planWithPhases(planId, 2))
                    .andGiven(taskAdded(planId, BACKUP, 1), taskAdded(planId, UPGRADE, 1))
                    .when(new AddTaskCommand(planId, NEW_TASK, phaseId(2), DESCRIPTION, TaskPriority.CRITICAL,
                            "2026-03-31", List.of(UPGRADE, BACKUP, UPGRADE)))
                    .expectEvents(new TaskAddedEvent(planId, NEW_TASK, phaseId(2), DESCRIPTION,
                            TaskPriority.CRITICAL, DUE, List.of(UPGRADE, BACKUP)));
        }

        @Test
        void treatsBlankDueDateAsNone() {
            fixture.given(planWithPhases(planId, 1))
                    .when(new AddTaskCommand(planId, NEW_TASK, phaseId(1), DESCRIPTION, TaskPriority.LOW, " ", null))
                    .expectEvents(new TaskAddedEvent(planId, NEW_TASK, phaseId(1), DESCRIPTION,
                            TaskPriority.LOW, null, List.of()));
        }

        @Test
        void addingTaskReopensCompletedPlan() {
            fixture.given(planWithPhases(planId, 1))
                    .andGiven(movedTo(planId, COMPLETED))
                    .when(new AddTaskCommand(planId, NEW_TASK, phaseId(1), DESCRIPTION, null, null, null))
                    .expectEvents(new TaskAddedEvent(planId, NEW_TASK, phaseId(1), DESCRIPTION,
                                    TaskPriority.MEDIUM, null, List.of()),
                            statusChanged(planId, COMPLETED, ACTIVE))
                    .expectResultMessagePayload(PlanChangeResult.at(5L));
        }

        @Test
        void rejectsTaskIdAlreadyInThePlan() {
            fixture.given(planWithPhases(planId, 2))
                    .andGiven(taskAdded(planId, BACKUP, 1))
                    .when(new AddTaskCommand(planId, BACKUP, phaseId(2), DESCRIPTION, null, null, null))
                    .expectNoEvents()
                    .expectException(violates(PlanRule.TASK_ID_TAKEN));
        }

        @Test
        void rejectsTaskInUnknownPhase() {
            fixture.given(planWithPhases(planId, 1))
                    .when(new AddTaskCommand(planId, NEW_TASK, PhaseId.random(), DESCRIPTION, null, null, null))
                    .expectNoEvents()
                    .expectException(violates(PlanRule.PHASE_NOT_FOUND));
        }

        @Test
        void rejectsTaskWithoutPhase() {
            fixture.given(planWithPhases(planId, 1))
                    .when(new AddTaskCommand(planId, NEW_TASK, null, DESCRIPTION, null, null, null))
                    .expectNoEvents()
                    .expectException(violates(PlanRule.PHASE_NOT_FOUND));
        }

        @Test
        void rejectsTaskWithoutDescription() {
            fixture.given(planWithPhases(planId, 1))
                    .when(new AddTaskCommand(planId, NEW_TASK, phaseId(1), "\t", null, null, null))
                    .expectNoEvents()
                    .expectException(violates(PlanRule.DESCRIPTION_REQUIRED));
        }

        @Test
        void acceptsDescriptionOfMaximumLength() {
            String longest = "d".repeat(PlanRule.MAX_DESCRIPTION_LENGTH);
            fixture.given(planWithPhases(planId, 1))
                    .when(new AddTaskCommand(planId, NEW_TASK, phaseId(1), longest, null, null, null))
                    .expectEvents(new TaskAddedEvent(planId, NEW_TASK, phaseId(1), longest,
                            TaskPriority.MEDIUM, null, List.of()));
        }

        @Test
        void rejectsDescriptionLongerThanMaximum() {
            fixture.given(planWithPhases(planId, 1))
                    .when(new AddTaskCommand(planId, NEW_TASK, phaseId(1),
                            "d".repeat(PlanRule.MAX_DESCRIPTION_LENGTH + 1), null, null, null))
                    .expectNoEvents()
                    .expectException(violates(PlanRule.DESCRIPTION_TOO_LONG));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-02-30", "2026-13-01", "26-1-1", "31.03.2026", "tomorrow"})
        void rejectsDueDateThatIsNotACalendarDate(String dueDate) {
            fixture.given(planWithPhases(planId, 1))
                    .when(new AddTaskCommand(planId, NEW_TASK, phaseId(1), DESCRIPTION, null, dueDate, null))
                    .expectNoEvents()
                    .expectException(violates(PlanRule.DATE_FORMAT));
        }
    }

    @Nested
    class Editing {

        @Test
        void editsDescriptionPriorityAndDueDate() {
            fixture.given(planWithPhases(planId, 1))
                    .andGiven(taskAdded(planId, BACKUP, 1))
                    .when(new EditTaskCommand(planId, BACKUP, " Take two backups ", TaskPriority.HIGH,
                            "2026-03-31", false))
                    .expectEvents(new TaskEditedEvent(planId, BACKUP, "Take two backups", TaskPriority.HIGH, DUE))
                    .expectResultMessagePayload(PlanChangeResult.at(3L));
        }

        @Test
        void keepsTheValuesTheCommandLeavesOut() {
            fixture.given(planWithPhases(planId, 1))
                    .andGiven(new TaskAddedEvent(planId, BACKUP, phaseId(1), DESCRIPTION, TaskPriority.LOW, DUE,
                            List.of()))
                    .when(new EditTaskCommand(planId, BACKUP, null, TaskPriority.HIGH, null, false))
                    .expectEvents(new TaskEditedEvent(planId, BACKUP, DESCRIPTION, TaskPriority.HIGH, DUE));
        }

        @Test
        void clearsDueDate() {
            fixture.given(planWithPhases(planId, 1))
                    .andGiven(new TaskAddedEvent(planId, BACKUP, phaseId(1), DESCRIPTION, TaskPriority.LOW, DUE,
                            List.of()))
                    .when(new EditTaskCommand(planId, BACKUP, null, null, null, true))
                    .expectEvents(new TaskEditedEvent(planId, BACKUP, DESCRIPTION, TaskPriority.LOW, null));
        }

        @Test
        void editingToTheCurrentValuesChangesNothing() {
            fixture.given(planWithPhases(planId, 1))
                    .andGiven(new TaskAddedEvent(planId, BACKUP, phaseId(1), DESCRIPTION, TaskPriority.LOW, DUE,
                            List.of()))
                    .when(new EditTaskCommand(planId, BACKUP, DESCRIPTION + " ", TaskPriority.LOW, "2026-03-31",
                            false))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload(PlanChangeResult.at(2L));
        }

        @Test
        void editingFollowsEarlierEdits() {
            fixture.given(planWithPhases(planId, 1))
                    .andGiven(taskAdded(planId, BACKUP, 1),
                            new TaskEditedEvent(planId, BACKUP, "Edited", TaskPriority.HIGH, DUE))
                    .when(new EditTaskCommand(planId, BACKUP, "Edited", null, null, false))
                    .expectNoEvents();
        }

        @Test
        void rejectsEditingUnknownTask() {
            fixture.given(planWithPhases(planId, 1))
                    .when(new EditTaskCommand(planId, BACKUP, "Edited", null, null, false))
                    .expectNoEvents()
                    .expectException(violates(PlanRule.TASK_NOT_FOUND));
        }

        @Test
        void rejectsBlankDescription() {
            fixture.given(planWithPhases(planId, 1))
                    .andGiven(taskAdded(planId, BACKUP, 1))
                    .when(new EditTaskCommand(planId, BACKUP, "  ", null, null, false))
                    .expectNoEvents()
                    .expectException(violates(PlanRule.DESCRIPTION_REQUIRED));
        }

        @Test
        void rejectsDescriptionLongerThanMaximum() {
            fixture.given(planWithPhases(planId, 1))
                    .andGiven(taskAdded(planId, BACKUP, 1))
                    .when(new EditTaskCommand(planId, BACKUP, "d".repeat(PlanRule.MAX_DESCRIPTION_LENGTH + 1),
                            null, null, false))
                    .expectNoEvents()
                    .expectException(violates(PlanRule.DESCRIPTION_TOO_LONG));
        }

        @Test
        void rejectsDueDateThatDoesNotExist() {
            fixture.given(planWithPhases(planId, 1))
                    .andGiven(taskAdded(planId, BACKUP, 1))
                    .when(new EditTaskCommand(planId, BACKUP, null, null, "2027-02-29", false))
                    .expectNoEvents()
                    .expectException(violates(PlanRule.DATE_FORMAT));
        }
    }

    /** Phase 1 holds BACKUP, UPGRADE, VERIFY in that order; phase 2 is empty. */
    @Nested
    class Moving {

        private List<Object> threeTasksInPhaseOne() {
            List<Object> events = new ArrayList<>(planWithPhases(planId, 2));
            events.addAll(List.of(taskAdded(planId, BACKUP, 1), taskAdded(planId, UPGRADE, 1),
                    taskAdded(planId, VERIFY, 1)));
            return events;
        }

        @Test
        void movesTaskToLaterPositionInItsPhase() {
            fixture.given(threeTasksInPhaseOne())
                    .when(new MoveTaskCommand(planId, BACKUP, phaseId(1), 2))
                    .expectEvents(new TaskMovedEvent(planId, BACKUP, phaseId(1), phaseId(1), 2))
                    .expectResultMessagePayload(PlanChangeResult.at(6L));
        }

        @Test
        void movesTaskToFrontOfItsPhase() {
            fixture.given(threeTasksInPhaseOne())
                    .when(new MoveTaskCommand(planId, VERIFY, phaseId(1), 0))
                    .expectEvents(new TaskMovedEvent(planId, VERIFY, phaseId(1), phaseId(1), 0));
        }

        @Test
        void movesTaskToEndOfAnotherPhaseWhenNoPositionIsGiven() {
            fixture.given(threeTasksInPhaseOne())
                    .andGiven(new TaskMovedEvent(planId, VERIFY, phaseId(1), phaseId(2), 0))
                    .when(new MoveTaskCommand(planId, UPGRADE, phaseId(2), null))
                    .expectEvents(new TaskMovedEvent(planId, UPGRADE, phaseId(1), phaseId(2), 1));
        }

        @Test
        void movesTaskToFrontOfAnotherPhase() {
            fixture.given(threeTasksInPhaseOne())
                    .andGiven(new TaskMovedEvent(planId, VERIFY, phaseId(1), phaseId(2), 0))
                    .when(new MoveTaskCommand(planId, UPGRADE, phaseId(2), 0))
                    .expectEvents(new TaskMovedEvent(planId, UPGRADE, phaseId(1), phaseId(2), 0));
        }

        @Test
        void movingTaskToItsCurrentPositionChangesNothing() {
            fixture.given(threeTasksInPhaseOne())
                    .when(new MoveTaskCommand(planId, UPGRADE, phaseId(1), 1))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload(PlanChangeResult.at(5L));
        }

        @Test
        void movingLastTaskToTheEndOfItsPhaseChangesNothing() {
            fixture.given(threeTasksInPhaseOne())
                    .when(new MoveTaskCommand(planId, VERIFY, phaseId(1), null))
                    .expectNoEvents();
        }

        @Test
        void positionsFollowEarlierMoves() {
            // BACKUP to the end leaves UPGRADE, VERIFY, BACKUP: VERIFY is then at 1 and BACKUP last.
            fixture.given(threeTasksInPhaseOne())
                    .andGiven(new TaskMovedEvent(planId, BACKUP, phaseId(1), phaseId(1), 2))
                    .when(new MoveTaskCommand(planId, VERIFY, phaseId(1), 1))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @ValueSource(ints = {-1, 3, 100})
        void rejectsPositionOutsideItsPhase(int position) {
            fixture.given(threeTasksInPhaseOne())
                    .when(new MoveTaskCommand(planId, BACKUP, phaseId(1), position))
                    .expectNoEvents()
                    .expectException(violates(PlanRule.POSITION_OUT_OF_RANGE));
        }

        @Test
        void rejectsPositionBeyondTheEndOfAnEmptyPhase() {
            fixture.given(threeTasksInPhaseOne())
                    .when(new MoveTaskCommand(planId, BACKUP, phaseId(2), 1))
                    .expectNoEvents()
                    .expectException(violates(PlanRule.POSITION_OUT_OF_RANGE));
        }

        @Test
        void rejectsMovingToUnknownPhase() {
            fixture.given(threeTasksInPhaseOne())
                    .when(new MoveTaskCommand(planId, BACKUP, PhaseId.random(), 0))
                    .expectNoEvents()
                    .expectException(violates(PlanRule.PHASE_NOT_FOUND));
        }

        @Test
        void rejectsMovingUnknownTask() {
            fixture.given(threeTasksInPhaseOne())
                    .when(new MoveTaskCommand(planId, NEW_TASK, phaseId(1), 0))
                    .expectNoEvents()
                    .expectException(violates(PlanRule.TASK_NOT_FOUND));
        }
    }

    @Nested
    class Removing {

        @Test
        void removesTask() {
            fixture.given(planWithPhases(planId, 1))
                    .andGiven(taskAdded(planId, BACKUP, 1), taskAdded(planId, UPGRADE, 1))
                    .when(new RemoveTaskCommand(planId, BACKUP))
                    .expectEvents(new TaskRemovedEvent(planId, BACKUP))
                    .expectResultMessagePayload(PlanChangeResult.at(4L));
        }

        @Test
        void removesDoneTask() {
            fixture.given(planWithPhases(planId, 1))
                    .andGiven(taskAdded(planId, BACKUP, 1), taskDone(planId, BACKUP))
                    .when(new RemoveTaskCommand(planId, BACKUP))
                    .expectEvents(new TaskRemovedEvent(planId, BACKUP));
        }

        @Test
        void rejectsRemovingTaskOthersDependOn() {
            fixture.given(planWithPhases(planId, 1))
                    .andGiven(taskAdded(planId, BACKUP, 1), taskAdded(planId, UPGRADE, 1, BACKUP))
                    .when(new RemoveTaskCommand(planId, BACKUP))
                    .expectNoEvents()
                    .expectException(violates(PlanRule.TASK_IS_PREREQUISITE))
                    .expectExceptionMessage(containsString(UPGRADE.toString()));
        }

        @Test
        void removesTaskOnceNoLongerAPrerequisite() {
            fixture.given(planWithPhases(planId, 1))
                    .andGiven(taskAdded(planId, BACKUP, 1), taskAdded(planId, UPGRADE, 1, BACKUP),
                            new TaskPrerequisitesSetEvent(planId, UPGRADE, List.of()))
                    .when(new RemoveTaskCommand(planId, BACKUP))
                    .expectEvents(new TaskRemovedEvent(planId, BACKUP));
        }

        @Test
        void removesPrerequisiteOnceItsDependentIsRemoved() {
            fixture.given(planWithPhases(planId, 1))
                    .andGiven(taskAdded(planId, BACKUP, 1), taskAdded(planId, UPGRADE, 1, BACKUP),
                            new TaskRemovedEvent(planId, UPGRADE))
                    .when(new RemoveTaskCommand(planId, BACKUP))
                    .expectEvents(new TaskRemovedEvent(planId, BACKUP));
        }

        @Test
        void rejectsRemovingUnknownTask() {
            fixture.given(planWithPhases(planId, 1))
                    .when(new RemoveTaskCommand(planId, BACKUP))
                    .expectNoEvents()
                    .expectException(violates(PlanRule.TASK_NOT_FOUND));
        }

        @Test
        void rejectsRemovingTaskTwice() {
            fixture.given(planWithPhases(planId, 1))
                    .andGiven(taskAdded(planId, BACKUP, 1), new TaskRemovedEvent(planId, BACKUP))
                    .when(new RemoveTaskCommand(planId, BACKUP))
                    .expectNoEvents()
                    .expectException(violates(PlanRule.TASK_NOT_FOUND));
        }
    }
}
