package io.opsledger.command.plan;

import io.opsledger.kernel.plan.PlanChangeResult;
import io.opsledger.kernel.plan.PlanId;
import io.opsledger.kernel.plan.PlanRule;
import io.opsledger.kernel.plan.SetTaskStatusCommand;
import io.opsledger.kernel.plan.TaskId;
import io.opsledger.kernel.plan.TaskStatus;
import io.opsledger.kernel.plan.TaskStatusChangedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static io.opsledger.command.plan.PlanFixture.movedTo;
import static io.opsledger.command.plan.PlanFixture.planWithPhases;
import static io.opsledger.command.plan.PlanFixture.statusChanged;
import static io.opsledger.command.plan.PlanFixture.taskAdded;
import static io.opsledger.command.plan.PlanFixture.taskDone;
import static io.opsledger.command.plan.PlanFixture.taskId;
import static io.opsledger.command.plan.PlanFixture.violates;
import static io.opsledger.kernel.plan.PlanStatus.ACTIVE;
import static io.opsledger.kernel.plan.PlanStatus.COMPLETED;
import static io.opsledger.kernel.plan.TaskStatus.BLOCKED;
import static io.opsledger.kernel.plan.TaskStatus.DONE;
import static io.opsledger.kernel.plan.TaskStatus.IN_PROGRESS;
import static io.opsledger.kernel.plan.TaskStatus.TODO;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** Setting a task's status, above all to and from DONE. UPGRADE needs BACKUP and SNAPSHOT. */
class PlanCompletingTaskTest {

    private static final TaskId BACKUP = taskId("backup");
    private static final TaskId SNAPSHOT = taskId("snapshot");
    private static final TaskId UPGRADE = taskId("upgrade");

    private final PlanId planId = PlanId.random();
    private AggregateTestFixture<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlanFixture.fixture();
    }

    private List<Object> upgradeNeedingBackupAndSnapshot() {
        List<Object> events = new ArrayList<>(planWithPhases(planId, 2));
        events.add(taskAdded(planId, BACKUP, 1));
        events.add(taskAdded(planId, SNAPSHOT, 1));
        events.add(taskAdded(planId, UPGRADE, 2, BACKUP, SNAPSHOT));
        return events;
    }

    @Test
    void completesTaskWithoutPrerequisites() {
        fixture.given(upgradeNeedingBackupAndSnapshot())
                .when(new SetTaskStatusCommand(planId, BACKUP, DONE))
                .expectEvents(new TaskStatusChangedEvent(planId, BACKUP, TODO, DONE))
                .expectResultMessagePayload(PlanChangeResult.at(6L));
    }

    @Test
    void completesTaskOnceEveryPrerequisiteIsDone() {
        fixture.given(upgradeNeedingBackupAndSnapshot())
                .andGiven(taskDone(planId, BACKUP), taskDone(planId, SNAPSHOT),
                        new TaskStatusChangedEvent(planId, UPGRADE, TODO, IN_PROGRESS))
                .when(new SetTaskStatusCommand(planId, UPGRADE, DONE))
                .expectEvents(new TaskStatusChangedEvent(planId, UPGRADE, IN_PROGRESS, DONE))
                .expectResultMessagePayload(PlanChangeResult.at(9L));
    }

    @Test
    void rejectsCompletionWhilePrerequisiteOpen() {
        fixture.given(upgradeNeedingBackupAndSnapshot())
                .andGiven(taskDone(planId, BACKUP))
                .when(new SetTaskStatusCommand(planId, UPGRADE, DONE))
                .expectNoEvents()
                .expectException(violates(PlanRule.PREREQUISITE_NOT_DONE))
                .expectExceptionMessage(allOf(containsString(SNAPSHOT.toString()),
                        not(containsString(BACKUP.toString()))));
    }

    @ParameterizedTest
    @EnumSource(value = TaskStatus.class, names = {"TODO", "IN_PROGRESS", "BLOCKED"})
    void rejectsCompletionWhilePrerequisiteIsInAnyOpenStatus(TaskStatus prerequisiteStatus) {
        List<Object> prerequisiteMoves = prerequisiteStatus == TODO ? List.of()
                : List.of(new TaskStatusChangedEvent(planId, SNAPSHOT, TODO, prerequisiteStatus));

        fixture.given(upgradeNeedingBackupAndSnapshot())
                .andGiven(taskDone(planId, BACKUP))
                .andGiven(prerequisiteMoves)
                .when(new SetTaskStatusCommand(planId, UPGRADE, DONE))
                .expectNoEvents()
                .expectException(violates(PlanRule.PREREQUISITE_NOT_DONE));
    }

    @Test
    void rejectsCompletionOncePrerequisiteWasReopened() {
        fixture.given(upgradeNeedingBackupAndSnapshot())
                .andGiven(taskDone(planId, BACKUP), taskDone(planId, SNAPSHOT),
                        new TaskStatusChangedEvent(planId, SNAPSHOT, DONE, TODO))
                .when(new SetTaskStatusCommand(planId, UPGRADE, DONE))
                .expectNoEvents()
                .expectException(violates(PlanRule.PREREQUISITE_NOT_DONE));
    }

    @ParameterizedTest
    @EnumSource(value = TaskStatus.class, names = {"IN_PROGRESS", "BLOCKED"})
    void startsOrBlocksTaskWhosePrerequisitesAreOpen(TaskStatus target) {
        fixture.given(upgradeNeedingBackupAndSnapshot())
                .when(new SetTaskStatusCommand(planId, UPGRADE, target))
                .expectEvents(new TaskStatusChangedEvent(planId, UPGRADE, TODO, target));
    }

    @Test
    void settingTheCurrentStatusChangesNothing() {
        fixture.given(upgradeNeedingBackupAndSnapshot())
                .andGiven(taskDone(planId, BACKUP))
                .when(new SetTaskStatusCommand(planId, BACKUP, DONE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(PlanChangeResult.at(6L));
    }

    @Test
    void reopensDoneTaskWhoseDependentsAreOpen() {
        fixture.given(upgradeNeedingBackupAndSnapshot())
                .andGiven(taskDone(planId, BACKUP))
                .when(new SetTaskStatusCommand(planId, BACKUP, IN_PROGRESS))
                .expectEvents(new TaskStatusChangedEvent(planId, BACKUP, DONE, IN_PROGRESS));
    }

    @ParameterizedTest
    @EnumSource(value = TaskStatus.class, names = {"TODO", "IN_PROGRESS", "BLOCKED"})
    void rejectsReopeningTaskWhileDependentIsDone(TaskStatus target) {
        fixture.given(upgradeNeedingBackupAndSnapshot())
                .andGiven(taskDone(planId, BACKUP), taskDone(planId, SNAPSHOT), taskDone(planId, UPGRADE))
                .when(new SetTaskStatusCommand(planId, SNAPSHOT, target))
                .expectNoEvents()
                .expectException(violates(PlanRule.DEPENDENT_TASK_DONE))
                .expectExceptionMessage(containsString(UPGRADE.toString()));
    }

    @Test
    void completingTheLastTaskLeavesThePlanActive() {
        fixture.given(planWithPhases(planId, 1))
                .andGiven(taskAdded(planId, BACKUP, 1))
                .andGiven(movedTo(planId, ACTIVE))
                .when(new SetTaskStatusCommand(planId, BACKUP, DONE))
                .expectEvents(new TaskStatusChangedEvent(planId, BACKUP, TODO, DONE));
    }

    @Test
    void reopeningTaskOfCompletedPlanReopensThePlan() {
        List<Object> history = new ArrayList<>(upgradeNeedingBackupAndSnapshot());
        history.addAll(List.of(taskDone(planId, BACKUP), taskDone(planId, SNAPSHOT), taskDone(planId, UPGRADE)));
        history.addAll(movedTo(planId, COMPLETED));

        fixture.given(history)
                .when(new SetTaskStatusCommand(planId, UPGRADE, BLOCKED))
                .expectEvents(new TaskStatusChangedEvent(planId, UPGRADE, DONE, BLOCKED),
                        statusChanged(planId, COMPLETED, ACTIVE))
                .expectResultMessagePayload(PlanChangeResult.at((long) history.size() + 1));
    }

    @Test
    void rejectsStatusOfUnknownTask() {
        fixture.given(upgradeNeedingBackupAndSnapshot())
                .when(new SetTaskStatusCommand(planId, taskId("unknown"), DONE))
                .expectNoEvents()
                .expectException(violates(PlanRule.TASK_NOT_FOUND));
    }
}
