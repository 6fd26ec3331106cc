package io.opsledger.command.plan;

import io.opsledger.kernel.plan.PlanChangeResult;
import io.opsledger.kernel.plan.ChangePlanStatusCommand;
import io.opsledger.kernel.plan.PlanId;
import io.opsledger.kernel.plan.PlanRule;
import io.opsledger.kernel.plan.PlanStatus;
import io.opsledger.kernel.plan.TaskId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static io.opsledger.command.plan.PlanFixture.created;
import static io.opsledger.command.plan.PlanFixture.movedTo;
import static io.opsledger.command.plan.PlanFixture.planWithPhases;
import static io.opsledger.command.plan.PlanFixture.statusChanged;
import static io.opsledger.command.plan.PlanFixture.taskAdded;
import static io.opsledger.command.plan.PlanFixture.taskDone;
import static io.opsledger.command.plan.PlanFixture.taskId;
import static io.opsledger.command.plan.PlanFixture.violates;
import static io.opsledger.kernel.plan.PlanStatus.ACTIVE;
import static io.opsledger.kernel.plan.PlanStatus.ARCHIVED;
import static io.opsledger.kernel.plan.PlanStatus.COMPLETED;
import static io.opsledger.kernel.plan.PlanStatus.DRAFT;
import static org.hamcrest.Matchers.containsString;

class PlanStatusTest {

    private static final TaskId BACKUP = taskId("backup");
    private static final TaskId UPGRADE = taskId("upgrade");

    private final PlanId planId = PlanId.random();
    private AggregateTestFixture<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlanFixture.fixture();
    }

    @Test
    void activatesDraftPlan() {
        fixture.given(created(planId))
                .when(new ChangePlanStatusCommand(planId, ACTIVE))
                .expectEvents(statusChanged(planId, DRAFT, ACTIVE))
                .expectResultMessagePayload(PlanChangeResult.at(1L));
    }

    @Test
    void returnsActivePlanToDraft() {
        fixture.given(created(planId))
                .andGiven(movedTo(planId, ACTIVE))
                .when(new ChangePlanStatusCommand(planId, DRAFT))
                .expectEvents(statusChanged(planId, ACTIVE, DRAFT));
    }

    @Test
    void completesActivePlanWhoseTasksAreAllDone() {
        fixture.given(planWithPhases(planId, 1))
                .andGiven(taskAdded(planId, BACKUP, 1), taskAdded(planId, UPGRADE, 1, BACKUP),
                        taskDone(planId, BACKUP), taskDone(planId, UPGRADE))
                .andGiven(movedTo(planId, ACTIVE))
                .when(new ChangePlanStatusCommand(planId, COMPLETED))
                .expectEvents(statusChanged(planId, ACTIVE, COMPLETED))
                .expectResultMessagePayload(PlanChangeResult.at(7L));
    }

    @Test
    void completesActivePlanWithoutTasks() {
        fixture.given(planWithPhases(planId, 1))
                .andGiven(movedTo(planId, ACTIVE))
                .when(new ChangePlanStatusCommand(planId, COMPLETED))
                .expectEvents(statusChanged(planId, ACTIVE, COMPLETED));
    }

    @Test
    void reopensCompletedPlan() {
        fixture.given(created(planId))
                .andGiven(movedTo(planId, COMPLETED))
                .when(new ChangePlanStatusCommand(planId, ACTIVE))
                .expectEvents(statusChanged(planId, COMPLETED, ACTIVE));
    }

    @ParameterizedTest
    @EnumSource(value = PlanStatus.class, names = {"DRAFT", "ACTIVE", "COMPLETED"})
    void archivesPlanFromAnyStatusButArchived(PlanStatus from) {
        fixture.given(created(planId))
                .andGiven(movedTo(planId, from))
                .when(new ChangePlanStatusCommand(planId, ARCHIVED))
                .expectEvents(statusChanged(planId, from, ARCHIVED));
    }

    @ParameterizedTest
    @EnumSource(value = PlanStatus.class, names = {"DRAFT", "ACTIVE", "COMPLETED"})
    void settingTheCurrentStatusChangesNothing(PlanStatus current) {
        List<Object> moves = movedTo(planId, current);

        fixture.given(created(planId))
                .andGiven(moves)
                .when(new ChangePlanStatusCommand(planId, current))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(PlanChangeResult.at((long) moves.size()));
    }

    @Test
    void rejectsCompletingDraftPlan() {
        fixture.given(created(planId))
                .when(new ChangePlanStatusCommand(planId, COMPLETED))
                .expectNoEvents()
                .expectException(violates(PlanRule.STATUS_TRANSITION))
                .expectExceptionMessage(containsString("a DRAFT plan cannot become COMPLETED"));
    }

    @Test
    void rejectsReturningCompletedPlanToDraft() {
        fixture.given(created(planId))
                .andGiven(movedTo(planId, COMPLETED))
                .when(new ChangePlanStatusCommand(planId, DRAFT))
                .expectNoEvents()
                .expectException(violates(PlanRule.STATUS_TRANSITION));
    }

    @Test
    void rejectsCompletionWhileTasksAreOpen() {
        fixture.given(planWithPhases(planId, 1))
                .andGiven(taskAdded(planId, BACKUP, 1), taskAdded(planId, UPGRADE, 1), taskDone(planId, BACKUP))
                .andGiven(movedTo(planId, ACTIVE))
                .when(new ChangePlanStatusCommand(planId, COMPLETED))
                .expectNoEvents()
                .expectException(violates(PlanRule.PLAN_HAS_OPEN_TASKS))
                .expectExceptionMessage(containsString(UPGRADE.toString()));
    }
}
