package io.opsledger.command.plan;

import io.opsledger.kernel.plan.AddPhaseCommand;
import io.opsledger.kernel.plan.AddTaskCommand;
import io.opsledger.kernel.plan.ChangeConflictStrategyCommand;
import io.opsledger.kernel.plan.ConflictDetectedEvent;
import io.opsledger.kernel.plan.ConflictId;
import io.opsledger.kernel.plan.ConflictResolution;
import io.opsledger.kernel.plan.ConflictStrategy;
import io.opsledger.kernel.plan.ConflictType;
import io.opsledger.kernel.plan.ChangePlanStatusCommand;
import io.opsledger.kernel.plan.ChangePlanVersionCommand;
import io.opsledger.kernel.plan.EditTaskCommand;
import io.opsledger.kernel.plan.ImportPlanMarkdownCommand;
import io.opsledger.kernel.plan.MoveTaskCommand;
import io.opsledger.kernel.plan.PhaseId;
import io.opsledger.kernel.plan.PlanCommand;
import io.opsledger.kernel.plan.PlanId;
import io.opsledger.kernel.plan.PlanRule;
import io.opsledger.kernel.plan.PlanStatus;
import io.opsledger.kernel.plan.RemovePhaseCommand;
import io.opsledger.kernel.plan.RemoveTaskCommand;
import io.opsledger.kernel.plan.RenamePhaseCommand;
import io.opsledger.kernel.plan.RenamePlanCommand;
import io.opsledger.kernel.plan.ResolveConflictCommand;
import io.opsledger.kernel.plan.SetTaskPrerequisitesCommand;
import io.opsledger.kernel.plan.SetTaskStatusCommand;
import io.opsledger.kernel.plan.TaskId;
import io.opsledger.kernel.plan.TaskPriority;
import io.opsledger.kernel.plan.TaskStatus;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.opsledger.command.plan.PlanFixture.movedTo;
import static io.opsledger.command.plan.PlanFixture.phaseId;
import static io.opsledger.command.plan.PlanFixture.planWithPhases;
import static io.opsledger.command.plan.PlanFixture.taskAdded;
import static io.opsledger.command.plan.PlanFixture.taskDone;
import static io.opsledger.command.plan.PlanFixture.taskId;
import static io.opsledger.command.plan.PlanFixture.violates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Once ARCHIVED a plan accepts no change, whatever the command and even when the command would
 * otherwise be valid. Every command is written so that it would succeed on the same plan before
 * archiving.
 */
class PlanArchivedTest {

    private static final PlanId PLAN = PlanId.random();
    private static final TaskId BACKUP = taskId("backup");
    private static final TaskId UPGRADE = taskId("upgrade");
    private static final ConflictId OPEN_CONFLICT = ConflictId.random();

    private AggregateTestFixture<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlanFixture.fixture();
    }

    /** Phase 1 holds BACKUP (DONE) and UPGRADE (TODO), phase 2 is empty; a title conflict is open. */
    private static List<Object> planBeforeArchiving() {
        List<Object> events = new ArrayList<>(planWithPhases(PLAN, 2));
        events.add(taskAdded(PLAN, BACKUP, 1));
        events.add(taskAdded(PLAN, UPGRADE, 1));
        events.add(taskDone(PLAN, BACKUP));
        events.add(new ConflictDetectedEvent(PLAN, OPEN_CONFLICT, ConflictType.CONTENT_DIVERGENCE,
                ConflictStrategy.MANUAL, 0, "plan.title", PLAN.value(), PlanFixture.TITLE, PlanFixture.TITLE,
                "Incoming title"));
        return events;
    }

    static Stream<Arguments> everyChangeCommand() {
        return Stream.of(
                argumentSet("rename plan", new RenamePlanCommand(PLAN, "New title")),
                argumentSet("change version", new ChangePlanVersionCommand(PLAN, "v56")),
                argumentSet("back to DRAFT", new ChangePlanStatusCommand(PLAN, PlanStatus.DRAFT)),
                argumentSet("back to ACTIVE", new ChangePlanStatusCommand(PLAN, PlanStatus.ACTIVE)),
                argumentSet("add phase", new AddPhaseCommand(PLAN, PhaseId.random(), null, "Clean-up")),
                argumentSet("rename phase", new RenamePhaseCommand(PLAN, phaseId(1), "Preparation")),
                argumentSet("remove phase", new RemovePhaseCommand(PLAN, phaseId(2))),
                argumentSet("add task", new AddTaskCommand(PLAN, taskId("new"), phaseId(2), "Verify", null, null,
                        List.of(BACKUP))),
                argumentSet("edit task", new EditTaskCommand(PLAN, UPGRADE, null, TaskPriority.HIGH, null, false)),
                argumentSet("move task", new MoveTaskCommand(PLAN, UPGRADE, phaseId(2), 0)),
                argumentSet("remove task", new RemoveTaskCommand(PLAN, UPGRADE)),
                argumentSet("set task status", new SetTaskStatusCommand(PLAN, UPGRADE, TaskStatus.DONE)),
                argumentSet("set prerequisites", new SetTaskPrerequisitesCommand(PLAN, UPGRADE, List.of(BACKUP))),
                argumentSet("resolve conflict", new ResolveConflictCommand(PLAN, OPEN_CONFLICT,
                        ConflictResolution.TOOK_INCOMING, null)),
                argumentSet("change conflict strategy", new ChangeConflictStrategyCommand(PLAN, ConflictStrategy.MANUAL)),
                argumentSet("import markdown", new ImportPlanMarkdownCommand(PLAN,
                        "# Plan de développement v56 - " + PlanFixture.TITLE + "\n", null, null)));
    }

    @ParameterizedTest
    @MethodSource("everyChangeCommand")
    void acceptsTheCommandBeforeArchiving(PlanCommand command) {
        fixture.given(planBeforeArchiving())
                .when(command)
                .expectSuccessfulHandlerExecution();
    }

    @ParameterizedTest
    @MethodSource("everyChangeCommand")
    void rejectsEveryChangeOnceArchived(PlanCommand command) {
        fixture.given(planBeforeArchiving())
                .andGiven(movedTo(PLAN, PlanStatus.ARCHIVED))
                .when(command)
                .expectNoEvents()
                .expectException(violates(PlanRule.PLAN_ARCHIVED));
    }

    @Test
    void reportsArchivingBeforeAnyOtherRule() {
        fixture.given(planBeforeArchiving())
                .andGiven(movedTo(PLAN, PlanStatus.ARCHIVED))
                .when(new SetTaskStatusCommand(PLAN, taskId("unknown"), TaskStatus.DONE))
                .expectNoEvents()
                .expectException(violates(PlanRule.PLAN_ARCHIVED));
    }

    @Test
    void everyCommandKindButCreationIsCovered() {
        Set<Class<?>> covered = everyChangeCommand()
                .map(arguments -> arguments.get()[0].getClass())
                .collect(Collectors.toSet());
        Set<Class<?>> changeCommands = Stream.of(PlanCommand.class.getPermittedSubclasses())
                .filter(type -> !type.getSimpleName().equals("CreatePlanCommand"))
                .collect(Collectors.toSet());

        assertThat(covered).isEqualTo(changeCommands);
    }
}
