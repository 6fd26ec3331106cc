package io.opsledger.command.plan;

import io.opsledger.command.snapshot.SnapshotRoundTrip;
import io.opsledger.kernel.plan.BasedOn;
import io.opsledger.kernel.plan.ConflictDetectedEvent;
import io.opsledger.kernel.plan.ConflictId;
import io.opsledger.kernel.plan.ConflictResolution;
import io.opsledger.kernel.plan.ConflictResolvedEvent;
import io.opsledger.kernel.plan.ConflictStrategy;
import io.opsledger.kernel.plan.ConflictType;
import io.opsledger.kernel.plan.PlanChangeResult;
import io.opsledger.kernel.plan.PlanId;
import io.opsledger.kernel.plan.PlanMarkdownImportedEvent;
import io.opsledger.kernel.plan.PlanRenamedEvent;
import io.opsledger.kernel.plan.PlanRule;
import io.opsledger.kernel.plan.PlanStatus;
import io.opsledger.kernel.plan.RenamePlanCommand;
import io.opsledger.kernel.plan.TaskEditedEvent;
import io.opsledger.kernel.plan.TaskId;
import io.opsledger.kernel.plan.TaskMovedEvent;
import io.opsledger.kernel.plan.TaskOverdueEvent;
import io.opsledger.kernel.plan.TaskPrerequisitesSetEvent;
import io.opsledger.kernel.plan.TaskPriority;
import io.opsledger.kernel.plan.TaskRemovedEvent;
import io.opsledger.kernel.plan.TaskStatus;
import io.opsledger.kernel.plan.TaskStatusChangedEvent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.opsledger.command.plan.PlanFixture.phaseId;
import static io.opsledger.command.plan.PlanFixture.planWithPhases;
import static io.opsledger.command.plan.PlanFixture.statusChanged;
import static io.opsledger.command.plan.PlanFixture.taskAdded;
import static io.opsledger.command.plan.PlanFixture.taskId;
import static io.opsledger.command.plan.PlanFixture.violates;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan restored from a snapshot holds what a full replay builds, field history included (the
 * base of three-way merges), and the history stays bounded however many changes the plan sees.
 */
class PlanSnapshotTest {

    private static final PlanId PLAN = PlanId.random();
    private static final TaskId FIRST = taskId("first");
    private static final TaskId SECOND = taskId("second");

    /** Every kind of state a plan keeps: phases, tasks, prerequisites, an open and a settled conflict, a layout. */
    private static List<Object> richHistory() {
        List<Object> events = new ArrayList<>(planWithPhases(PLAN, 3));
        events.add(taskAdded(PLAN, FIRST, 1));
        events.add(taskAdded(PLAN, SECOND, 2, FIRST));
        events.add(new TaskEditedEvent(PLAN, FIRST, "Edited", TaskPriority.HIGH, LocalDate.of(2026, 1, 31)));
        events.add(new TaskOverdueEvent(PLAN, FIRST, LocalDate.of(2026, 1, 31)));
        events.add(new TaskMovedEvent(PLAN, FIRST, phaseId(1), phaseId(3), 0));
        events.add(statusChanged(PLAN, PlanStatus.DRAFT, PlanStatus.ACTIVE));
        events.add(new TaskStatusChangedEvent(PLAN, FIRST, TaskStatus.TODO, TaskStatus.IN_PROGRESS));
        ConflictId open = ConflictId.of(PLAN, 11, "plan.title", PLAN.value());
        events.add(new ConflictDetectedEvent(PLAN, open, ConflictType.CONTENT_DIVERGENCE, ConflictStrategy.MANUAL, 3,
                "plan.title", PLAN.value(), PlanFixture.TITLE, "Theirs", "Ours"));
        ConflictId settled = ConflictId.of(PLAN, 12, "task.placement", FIRST.value());
        events.add(new ConflictDetectedEvent(PLAN, settled, ConflictType.STRUCTURE_CHANGE, ConflictStrategy.TARGET_PRIORITY,
                6, "task.placement", FIRST.value(), phaseId(1) + ":0", phaseId(3) + ":0", phaseId(2) + ":end"));
        events.add(new ConflictResolvedEvent(PLAN, settled, ConflictResolution.KEPT_CURRENT, phaseId(3) + ":0"));
        events.add(new PlanMarkdownImportedEvent(PLAN, "# Plan de développement v55 - Title\n",
                List.of(phaseId(1), phaseId(2), phaseId(3)), List.of(SECOND, FIRST)));
        return events;
    }

    @Test
    void aSnapshotRestoresEveryFieldAFullReplayBuilds() {
        List<Object> after = List.of(new PlanRenamedEvent(PLAN, "Renamed after the snapshot"),
                new TaskPrerequisitesSetEvent(PLAN, SECOND, List.of()),
                new TaskRemovedEvent(PLAN, FIRST));

        SnapshotRoundTrip.assertSnapshotRestoresState(Plan.class, PLAN.toString(), richHistory(), after);
    }

    @Test
    void aRestoredPlanStillDetectsConflictsAgainstItsFieldHistory() {
        List<Object> history = richHistory();
        history.add(new PlanRenamedEvent(PLAN, "Theirs again"));
        long base = 2;
        Plan restored = SnapshotRoundTrip.assertSnapshotRestoresState(Plan.class, PLAN.toString(), history, List.of());

        FieldHistory fields = restoredHistory(restored);
        assertThat(fields.valueAt(PlanField.PLAN_TITLE, PLAN.value(), base)).isEqualTo(
                new FieldChange.PlanTitle(PLAN, PlanFixture.TITLE));
        assertThat(fields.current(PlanField.PLAN_TITLE, PLAN.value())).isEqualTo(
                new FieldChange.PlanTitle(PLAN, "Theirs again"));
    }

    @Test
    void historyKeepsTheLastThousandRevisionsAndAPlanRestoredAfterPruningMatchesAFullReplay() {
        List<Object> history = new ArrayList<>(planWithPhases(PLAN, 1));
        while (history.size() < 1_250) {
            history.add(new PlanRenamedEvent(PLAN, "Title " + history.size()));
        }
        Plan restored = SnapshotRoundTrip.assertSnapshotRestoresState(Plan.class, PLAN.toString(), history,
                List.of(new PlanRenamedEvent(PLAN, "After")));

        FieldHistory fields = restoredHistory(restored);
        assertThat(fields.horizon()).isEqualTo(1_200 - FieldHistory.WINDOW);
        assertThat(fields.valueAt(PlanField.PLAN_TITLE, PLAN.value(), 300))
                .isEqualTo(new FieldChange.PlanTitle(PLAN, "Title 300"));
        assertThat(fields.valueAt(PlanField.PLAN_TITLE, PLAN.value(), 199)).isNull();
    }

    @Test
    void aChangeBasedOnARevisionOlderThanTheHistoryIsStale() {
        List<Object> history = new ArrayList<>(planWithPhases(PLAN, 1));
        while (history.size() < 1_250) {
            history.add(new PlanRenamedEvent(PLAN, "Title " + history.size()));
        }
        PlanFixture.fixture().given(history)
                .when(new RenamePlanCommand(PLAN, "Stale", BasedOn.revision(150)))
                .expectNoEvents()
                .expectException(violates(PlanRule.BASED_ON_EXPIRED_REVISION));
        PlanFixture.fixture().given(history)
                .when(new RenamePlanCommand(PLAN, "Title 300", new BasedOn(300, ConflictStrategy.MANUAL)))
                .expectNoEvents()
                .expectResultMessagePayload(PlanChangeResult.at(1_249));
    }

    private static FieldHistory restoredHistory(Plan plan) {
        try {
            var field = Plan.class.getDeclaredField("history");
            field.setAccessible(true);
            return (FieldHistory) field.get(plan);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
