package io.opsledger.command.plan;

import io.opsledger.kernel.plan.PlanChangeResult;
import io.opsledger.kernel.plan.AddTaskCommand;
import io.opsledger.kernel.plan.PlanId;
import io.opsledger.kernel.plan.PlanRule;
import io.opsledger.kernel.plan.SetTaskPrerequisitesCommand;
import io.opsledger.kernel.plan.TaskAddedEvent;
import io.opsledger.kernel.plan.TaskId;
import io.opsledger.kernel.plan.TaskPrerequisitesSetEvent;
import io.opsledger.kernel.plan.TaskPriority;
import io.opsledger.kernel.plan.TaskRemovedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.opsledger.command.plan.PlanFixture.DESCRIPTION;
import static io.opsledger.command.plan.PlanFixture.phaseId;
import static io.opsledger.command.plan.PlanFixture.planWithPhases;
import static io.opsledger.command.plan.PlanFixture.taskAdded;
import static io.opsledger.command.plan.PlanFixture.taskDone;
import static io.opsledger.command.plan.PlanFixture.taskId;
import static io.opsledger.command.plan.PlanFixture.violates;
import static org.hamcrest.Matchers.containsString;

/**
 * Prerequisite edges between tasks. "A → B" reads "A needs B"; the chain used most is
 * A → B → C, with D free of any edge.
 */
class PlanPrerequisitesTest {

    private static final TaskId A = taskId("a");
    private static final TaskId B = taskId("b");
    private static final TaskId C = taskId("c");
    private static final TaskId D = taskId("d");
    private static final TaskId NEW_TASK = taskId("new");

    private final PlanId planId = PlanId.random();
    private AggregateTestFixture<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlanFixture.fixture();
    }

    /** A → B → C in phase 1, D in phase 2; seven events. */
    private List<Object> chainAToC() {
        List<Object> events = new ArrayList<>(planWithPhases(planId, 2));
        events.add(taskAdded(planId, C, 1));
        events.add(taskAdded(planId, B, 1, C));
        events.add(taskAdded(planId, A, 1, B));
        events.add(taskAdded(planId, D, 2));
        return events;
    }

    // --- accepted ----------------------------------------------------------------------------

    @Test
    void setsPrerequisitesFromAnyPhase() {
        fixture.given(chainAToC())
                .when(new SetTaskPrerequisitesCommand(planId, D, List.of(C, A)))
                .expectEvents(new TaskPrerequisitesSetEvent(planId, D, List.of(C, A)))
                .expectResultMessagePayload(PlanChangeResult.at(7L));
    }

    @Test
    void dropsRepeatedPrerequisites() {
        fixture.given(chainAToC())
                .when(new SetTaskPrerequisitesCommand(planId, D, List.of(C, C, B, C)))
                .expectEvents(new TaskPrerequisitesSetEvent(planId, D, List.of(C, B)));
    }

    @Test
    void clearsPrerequisites() {
        fixture.given(chainAToC())
                .when(new SetTaskPrerequisitesCommand(planId, A, List.of()))
                .expectEvents(new TaskPrerequisitesSetEvent(planId, A, List.of()));
    }

    @Test
    void settingTheSamePrerequisitesInAnotherOrderChangesNothing() {
        fixture.given(chainAToC())
                .andGiven(new TaskPrerequisitesSetEvent(planId, A, List.of(B, D)))
                .when(new SetTaskPrerequisitesCommand(planId, A, List.of(D, B, D)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(PlanChangeResult.at(7L));
    }

    @Test
    void clearingPrerequisitesOfTaskWithoutAnyChangesNothing() {
        fixture.given(chainAToC())
                .when(new SetTaskPrerequisitesCommand(planId, C, null))
                .expectNoEvents();
    }

    @Test
    void acceptsSharedPrerequisiteThatFormsNoCycle() {
        // D → B and D → C both reach C: a diamond, not a cycle.
        fixture.given(chainAToC())
                .when(new SetTaskPrerequisitesCommand(planId, D, List.of(B, C)))
                .expectEvents(new TaskPrerequisitesSetEvent(planId, D, List.of(B, C)));
    }

    @Test
    void acceptsEdgeThatWasACycleBeforeTheChainWasCut() {
        fixture.given(chainAToC())
                .andGiven(new TaskPrerequisitesSetEvent(planId, B, List.of()))
                .when(new SetTaskPrerequisitesCommand(planId, C, List.of(A)))
                .expectEvents(new TaskPrerequisitesSetEvent(planId, C, List.of(A)));
    }

    @Test
    void addsTaskNeedingExistingTasks() {
        fixture.given(chainAToC())
                .when(new AddTaskCommand(planId, NEW_TASK, phaseId(2), DESCRIPTION, null, null, List.of(A, D)))
                .expectEvents(new TaskAddedEvent(planId, NEW_TASK, phaseId(2), DESCRIPTION, TaskPriority.MEDIUM,
                        null, List.of(A, D)));
    }

    @Test
    void givesDoneTaskPrerequisitesThatAreDone() {
        fixture.given(chainAToC())
                .andGiven(taskDone(planId, C), taskDone(planId, D))
                .when(new SetTaskPrerequisitesCommand(planId, D, List.of(C)))
                .expectEvents(new TaskPrerequisitesSetEvent(planId, D, List.of(C)));
    }

    // --- PREREQUISITE_NOT_FOUND ----------------------------------------------------------------

    @Test
    void rejectsUnknownPrerequisite() {
        fixture.given(chainAToC())
                .when(new SetTaskPrerequisitesCommand(planId, D, List.of(C, NEW_TASK)))
                .expectNoEvents()
                .expectException(violates(PlanRule.PREREQUISITE_NOT_FOUND))
                .expectExceptionMessage(containsString(NEW_TASK.toString()));
    }

    @Test
    void rejectsRemovedTaskAsPrerequisite() {
        fixture.given(chainAToC())
                .andGiven(new TaskRemovedEvent(planId, A))
                .when(new SetTaskPrerequisitesCommand(planId, D, List.of(A)))
                .expectNoEvents()
                .expectException(violates(PlanRule.PREREQUISITE_NOT_FOUND));
    }

    @Test
    void rejectsNewTaskNeedingUnknownTask() {
        fixture.given(chainAToC())
                .when(new AddTaskCommand(planId, NEW_TASK, phaseId(1), DESCRIPTION, null, null,
                        List.of(A, taskId("unknown"))))
                .expectNoEvents()
                .expectException(violates(PlanRule.PREREQUISITE_NOT_FOUND));
    }

    // --- PREREQUISITE_CYCLE --------------------------------------------------------------------

    @Test
    void rejectsTaskAsItsOwnPrerequisite() {
        fixture.given(chainAToC())
                .when(new SetTaskPrerequisitesCommand(planId, D, List.of(D)))
                .expectNoEvents()
                .expectException(violates(PlanRule.PREREQUISITE_CYCLE));
    }

    @Test
    void rejectsNewTaskAsItsOwnPrerequisite() {
        fixture.given(chainAToC())
                .when(new AddTaskCommand(planId, NEW_TASK, phaseId(1), DESCRIPTION, null, null, List.of(A, NEW_TASK)))
                .expectNoEvents()
                .expectException(violates(PlanRule.PREREQUISITE_CYCLE));
    }

    @Test
    void rejectsPrerequisiteClosingDirectCycle() {
        fixture.given(chainAToC())
                .when(new SetTaskPrerequisitesCommand(planId, C, List.of(B)))
                .expectNoEvents()
                .expectException(violates(PlanRule.PREREQUISITE_CYCLE));
    }

    @Test
    void rejectsPrerequisiteClosingIndirectCycle() {
        fixture.given(chainAToC())
                .when(new SetTaskPrerequisitesCommand(planId, C, List.of(D, A)))
                .expectNoEvents()
                .expectException(violates(PlanRule.PREREQUISITE_CYCLE));
    }

    @Test
    void rejectsCycleThroughEdgesSetAfterTheTasksWereAdded() {
        // D → A added later makes D → A → B → C; C → D then closes the loop.
        fixture.given(chainAToC())
                .andGiven(new TaskPrerequisitesSetEvent(planId, D, List.of(A)))
                .when(new SetTaskPrerequisitesCommand(planId, C, List.of(D)))
                .expectNoEvents()
                .expectException(violates(PlanRule.PREREQUISITE_CYCLE));
    }

    // --- PREREQUISITE_NOT_DONE -----------------------------------------------------------------

    @Test
    void rejectsGivingDoneTaskAnOpenPrerequisite() {
        fixture.given(chainAToC())
                .andGiven(taskDone(planId, D))
                .when(new SetTaskPrerequisitesCommand(planId, D, List.of(C)))
                .expectNoEvents()
                .expectException(violates(PlanRule.PREREQUISITE_NOT_DONE));
    }

    @Test
    void rejectsPrerequisitesOfUnknownTask() {
        fixture.given(chainAToC())
                .when(new SetTaskPrerequisitesCommand(planId, NEW_TASK, List.of(A)))
                .expectNoEvents()
                .expectException(violates(PlanRule.TASK_NOT_FOUND));
    }
}
