package io.opsledger.command.plan;

import io.opsledger.kernel.plan.BasedOn;
import io.opsledger.kernel.plan.ChangePlanVersionCommand;
import io.opsledger.kernel.plan.ConflictDetectedEvent;
import io.opsledger.kernel.plan.ConflictId;
import io.opsledger.kernel.plan.ConflictResolution;
import io.opsledger.kernel.plan.ConflictResolvedEvent;
import io.opsledger.kernel.plan.ConflictStrategy;
import io.opsledger.kernel.plan.ConflictStrategyChangedEvent;
import io.opsledger.kernel.plan.ConflictType;
import io.opsledger.kernel.plan.EditTaskCommand;
import io.opsledger.kernel.plan.MoveTaskCommand;
import io.opsledger.kernel.plan.PlanChangeResult;
import io.opsledger.kernel.plan.PlanCommand;
import io.opsledger.kernel.plan.PlanId;
import io.opsledger.kernel.plan.PlanRenamedEvent;
import io.opsledger.kernel.plan.PlanRule;
import io.opsledger.kernel.plan.PlanVersionChangedEvent;
import io.opsledger.kernel.plan.RemoveTaskCommand;
import io.opsledger.kernel.plan.RenamePlanCommand;
import io.opsledger.kernel.plan.ResolveConflictCommand;
import io.opsledger.kernel.plan.SetTaskStatusCommand;
import io.opsledger.kernel.plan.TaskEditedEvent;
import io.opsledger.kernel.plan.TaskId;
import io.opsledger.kernel.plan.TaskMovedEvent;
import io.opsledger.kernel.plan.TaskPriority;
import io.opsledger.kernel.plan.TaskRemovedEvent;
import io.opsledger.kernel.plan.TaskStatus;
import io.opsledger.kernel.plan.TaskStatusChangedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.opsledger.command.plan.PlanFixture.DESCRIPTION;
import static io.opsledger.command.plan.PlanFixture.TITLE;
import static io.opsledger.command.plan.PlanFixture.VERSION;
import static io.opsledger.command.plan.PlanFixture.phaseId;
import static io.opsledger.command.plan.PlanFixture.planWithPhases;
import static io.opsledger.command.plan.PlanFixture.taskAdded;
import static io.opsledger.command.plan.PlanFixture.taskId;
import static io.opsledger.command.plan.PlanFixture.violates;

/**
 * A change based on an old revision meets a field that changed since then: one scenario per
 * conflict type, each under every strategy. The base plan has three phases and one task in phase
 * 1 (revisions 0 to 4); the other side's change is revision 5; the stale change names revision 4.
 */
class PlanConflictsTest {

    private static final PlanId PLAN = PlanId.random();
    private static final TaskId TASK = taskId("deploy");
    private static final long BASE = 4;
    /** The revision at which the stale change is handled, which names its conflict. */
    private static final long DETECTED_AT = 5;

    private AggregateTestFixture<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlanFixture.fixture();
    }

    private static List<Object> base() {
        List<Object> events = new ArrayList<>(planWithPhases(PLAN, 3));
        events.add(taskAdded(PLAN, TASK, 1));
        return events;
    }

    /** What the other side did, what the stale change wants, and what each value looks like. */
    record Scenario(String name, ConflictType type, Object theirs, Function<BasedOn, PlanCommand> incoming,
                    String field, UUID entityId, String base, String current, String incomingValue,
                    Object appliedWhenIncomingWins) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Scenario> scenarios() {
        return Stream.of(
                new Scenario("both renamed the plan", ConflictType.CONTENT_DIVERGENCE,
                        new PlanRenamedEvent(PLAN, "Theirs"),
                        basedOn -> new RenamePlanCommand(PLAN, "Ours", basedOn),
                        "plan.title", PLAN.value(), TITLE, "Theirs", "Ours", new PlanRenamedEvent(PLAN, "Ours")),
                new Scenario("both changed the version", ConflictType.METADATA_MISMATCH,
                        new PlanVersionChangedEvent(PLAN, "v60"),
                        basedOn -> new ChangePlanVersionCommand(PLAN, "v61", basedOn),
                        "plan.version", PLAN.value(), VERSION, "v60", "v61", new PlanVersionChangedEvent(PLAN, "v61")),
                new Scenario("both changed the task status", ConflictType.PROGRESS_INCONSISTENCY,
                        new TaskStatusChangedEvent(PLAN, TASK, TaskStatus.TODO, TaskStatus.IN_PROGRESS),
                        basedOn -> new SetTaskStatusCommand(PLAN, TASK, TaskStatus.BLOCKED, basedOn),
                        "task.status", TASK.value(), "TODO", "IN_PROGRESS", "BLOCKED",
                        new TaskStatusChangedEvent(PLAN, TASK, TaskStatus.IN_PROGRESS, TaskStatus.BLOCKED)),
                new Scenario("both moved the task", ConflictType.STRUCTURE_CHANGE,
                        new TaskMovedEvent(PLAN, TASK, phaseId(1), phaseId(2), 0),
                        basedOn -> new MoveTaskCommand(PLAN, TASK, phaseId(3), 0, basedOn),
                        "task.placement", TASK.value(), phaseId(1) + ":0", phaseId(2) + ":0", phaseId(3) + ":0",
                        new TaskMovedEvent(PLAN, TASK, phaseId(2), phaseId(3), 0)));
    }

    static Stream<Arguments> scenariosUnderEveryStrategy() {
        return scenarios().flatMap(scenario -> Stream.of(ConflictStrategy.values())
                .map(strategy -> Arguments.argumentSet(scenario.name() + " under " + strategy, scenario, strategy)));
    }

    @ParameterizedTest
    @MethodSource("scenariosUnderEveryStrategy")
    void divergingChangeIsSettledByTheStrategy(Scenario scenario, ConflictStrategy strategy) {
        ConflictId conflictId = ConflictId.of(PLAN, DETECTED_AT, scenario.field(), scenario.entityId());
        ConflictDetectedEvent detected = new ConflictDetectedEvent(PLAN, conflictId, scenario.type(), strategy,
                BASE, scenario.field(), scenario.entityId(), scenario.base(), scenario.current(),
                scenario.incomingValue());

        var result = fixture.given(base())
                .andGiven(scenario.theirs())
                .when(scenario.incoming().apply(new BasedOn(BASE, strategy)));

        switch (strategy) {
            case SOURCE_PRIORITY -> result.expectEvents(detected,
                    new ConflictResolvedEvent(PLAN, conflictId, ConflictResolution.TOOK_INCOMING, scenario.incomingValue()),
                    scenario.appliedWhenIncomingWins());
            case TARGET_PRIORITY -> result.expectEvents(detected,
                    new ConflictResolvedEvent(PLAN, conflictId, ConflictResolution.KEPT_CURRENT, scenario.current()));
            case MANUAL, AUTO_MERGE -> result.expectEvents(detected)
                    .expectResultMessagePayload(new PlanChangeResult(DETECTED_AT + 1, List.of(detected), List.of()));
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void changeBasedOnTheCurrentRevisionAppliesWithoutConflict(Scenario scenario) {
        fixture.given(base())
                .andGiven(scenario.theirs())
                .when(scenario.incoming().apply(new BasedOn(DETECTED_AT, ConflictStrategy.MANUAL)))
                .expectEvents(scenario.appliedWhenIncomingWins());
    }

    @Test
    void autoMergeAppliesChangesToFieldsTheOtherSideDidNotTouch() {
        fixture.given(base())
                .andGiven(new PlanRenamedEvent(PLAN, "Theirs"))
                .when(new ChangePlanVersionCommand(PLAN, "v99", new BasedOn(BASE, ConflictStrategy.AUTO_MERGE)))
                .expectEvents(new PlanVersionChangedEvent(PLAN, "v99"))
                .expectResultMessagePayload(PlanChangeResult.at(DETECTED_AT + 1));
    }

    @Test
    void autoMergeSplitsAnEditIntoTheFieldsThatMergeAndTheOneThatConflicts() {
        ConflictId conflictId = ConflictId.of(PLAN, DETECTED_AT, "task.description", TASK.value());
        ConflictDetectedEvent detected = new ConflictDetectedEvent(PLAN, conflictId, ConflictType.CONTENT_DIVERGENCE,
                ConflictStrategy.AUTO_MERGE, BASE, "task.description", TASK.value(), DESCRIPTION, "Theirs", "Ours");

        fixture.given(base())
                .andGiven(new TaskEditedEvent(PLAN, TASK, "Theirs", TaskPriority.MEDIUM, null))
                .when(new EditTaskCommand(PLAN, TASK, "Ours", TaskPriority.HIGH, null, false, BasedOn.revision(BASE)))
                .expectEvents(detected, new TaskEditedEvent(PLAN, TASK, "Theirs", TaskPriority.HIGH, null));
    }

    @Test
    void changeThatKeepsTheBaseValueDoesNotUndoTheOtherSide() {
        fixture.given(base())
                .andGiven(new PlanRenamedEvent(PLAN, "Theirs"))
                .when(new RenamePlanCommand(PLAN, TITLE, BasedOn.revision(BASE)))
                .expectNoEvents();
    }

    @Test
    void sidesThatAgreeDoNotConflict() {
        fixture.given(base())
                .andGiven(new PlanRenamedEvent(PLAN, "Same"))
                .when(new RenamePlanCommand(PLAN, "Same", new BasedOn(BASE, ConflictStrategy.MANUAL)))
                .expectNoEvents();
    }

    @Test
    void removingATaskTheOtherSideEditedIsAStructureConflict() {
        ConflictId conflictId = ConflictId.of(PLAN, DETECTED_AT, "task.exists", TASK.value());
        fixture.given(base())
                .andGiven(new TaskEditedEvent(PLAN, TASK, "Theirs", TaskPriority.MEDIUM, null))
                .when(new RemoveTaskCommand(PLAN, TASK, new BasedOn(BASE, ConflictStrategy.SOURCE_PRIORITY)))
                .expectEvents(new ConflictDetectedEvent(PLAN, conflictId, ConflictType.STRUCTURE_CHANGE,
                                ConflictStrategy.SOURCE_PRIORITY, BASE, "task.exists", TASK.value(), "exists",
                                "changed meanwhile: task.description", "removed"),
                        new ConflictResolvedEvent(PLAN, conflictId, ConflictResolution.TOOK_INCOMING, "removed"),
                        new TaskRemovedEvent(PLAN, TASK));
    }

    @Test
    void editingATaskTheOtherSideRemovedCannotWinEvenUnderSourcePriority() {
        ConflictId conflictId = ConflictId.of(PLAN, DETECTED_AT, "task.description", TASK.value());
        fixture.given(base())
                .andGiven(new TaskRemovedEvent(PLAN, TASK))
                .when(new EditTaskCommand(PLAN, TASK, "Ours", null, null, false,
                        new BasedOn(BASE, ConflictStrategy.SOURCE_PRIORITY)))
                .expectEvents(new ConflictDetectedEvent(PLAN, conflictId, ConflictType.CONTENT_DIVERGENCE,
                                ConflictStrategy.SOURCE_PRIORITY, BASE, "task.description", TASK.value(), DESCRIPTION,
                                "removed", "Ours"),
                        new ConflictResolvedEvent(PLAN, conflictId, ConflictResolution.KEPT_CURRENT, "removed"));
    }

    @Test
    void rejectsABaseRevisionThePlanHasNotReached() {
        fixture.given(base())
                .when(new RenamePlanCommand(PLAN, "Future", BasedOn.revision(BASE + 10)))
                .expectNoEvents()
                .expectException(violates(PlanRule.BASED_ON_UNKNOWN_REVISION));
    }

    @Test
    void planStrategyAppliesWhenTheCommandNamesNone() {
        ConflictId conflictId = ConflictId.of(PLAN, DETECTED_AT + 1, "plan.title", PLAN.value());
        fixture.given(base())
                .andGiven(new ConflictStrategyChangedEvent(PLAN, ConflictStrategy.TARGET_PRIORITY),
                        new PlanRenamedEvent(PLAN, "Theirs"))
                .when(new RenamePlanCommand(PLAN, "Ours", BasedOn.revision(BASE)))
                .expectEvents(new ConflictDetectedEvent(PLAN, conflictId, ConflictType.CONTENT_DIVERGENCE,
                                ConflictStrategy.TARGET_PRIORITY, BASE, "plan.title", PLAN.value(), TITLE, "Theirs", "Ours"),
                        new ConflictResolvedEvent(PLAN, conflictId, ConflictResolution.KEPT_CURRENT, "Theirs"));
    }

    @Nested
    class Resolving {

        private final ConflictId conflictId = ConflictId.of(PLAN, DETECTED_AT, "plan.title", PLAN.value());

        private List<Object> openTitleConflict() {
            List<Object> events = new ArrayList<>(base());
            events.add(new PlanRenamedEvent(PLAN, "Theirs"));
            events.add(new ConflictDetectedEvent(PLAN, conflictId, ConflictType.CONTENT_DIVERGENCE,
                    ConflictStrategy.MANUAL, BASE, "plan.title", PLAN.value(), TITLE, "Theirs", "Ours"));
            return events;
        }

        @Test
        void takingTheIncomingValueAppliesIt() {
            fixture.given(openTitleConflict())
                    .when(new ResolveConflictCommand(PLAN, conflictId, ConflictResolution.TOOK_INCOMING, null))
                    .expectEvents(new PlanRenamedEvent(PLAN, "Ours"),
                            new ConflictResolvedEvent(PLAN, conflictId, ConflictResolution.TOOK_INCOMING, "Ours"));
        }

        @Test
        void keepingTheCurrentValueOnlyClosesTheConflict() {
            fixture.given(openTitleConflict())
                    .when(new ResolveConflictCommand(PLAN, conflictId, ConflictResolution.KEPT_CURRENT, null))
                    .expectEvents(new ConflictResolvedEvent(PLAN, conflictId, ConflictResolution.KEPT_CURRENT, "Theirs"));
        }

        @Test
        void anEditedValueIsCheckedByTheSameRulesAndApplied() {
            fixture.given(openTitleConflict())
                    .when(new ResolveConflictCommand(PLAN, conflictId, ConflictResolution.EDITED, "  Both  "))
                    .expectEvents(new PlanRenamedEvent(PLAN, "Both"),
                            new ConflictResolvedEvent(PLAN, conflictId, ConflictResolution.EDITED, "  Both  "));
        }

        @Test
        void rejectsAnEditedResolutionWithoutValue() {
            fixture.given(openTitleConflict())
                    .when(new ResolveConflictCommand(PLAN, conflictId, ConflictResolution.EDITED, null))
                    .expectException(violates(PlanRule.EDITED_VALUE_REQUIRED));
        }

        @Test
        void rejectsAnEditedValueThatBreaksARule() {
            fixture.given(openTitleConflict())
                    .when(new ResolveConflictCommand(PLAN, conflictId, ConflictResolution.EDITED, " "))
                    .expectNoEvents()
                    .expectException(violates(PlanRule.TITLE_REQUIRED));
        }

        @Test
        void rejectsResolvingTwice() {
            fixture.given(openTitleConflict())
                    .andGiven(new ConflictResolvedEvent(PLAN, conflictId, ConflictResolution.KEPT_CURRENT, "Theirs"))
                    .when(new ResolveConflictCommand(PLAN, conflictId, ConflictResolution.TOOK_INCOMING, null))
                    .expectException(violates(PlanRule.CONFLICT_ALREADY_RESOLVED));
        }

        @Test
        void rejectsAnUnknownConflict() {
            fixture.given(openTitleConflict())
                    .when(new ResolveConflictCommand(PLAN, ConflictId.random(), ConflictResolution.KEPT_CURRENT, null))
                    .expectException(violates(PlanRule.CONFLICT_NOT_FOUND));
        }
    }
}
