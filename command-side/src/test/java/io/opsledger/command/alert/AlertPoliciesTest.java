package io.opsledger.command.alert;

import io.opsledger.kernel.alert.AlertKind;
import io.opsledger.kernel.alert.AlertStreamId;
import io.opsledger.kernel.alert.ClearAlertCommand;
import io.opsledger.kernel.alert.RaiseAlertCommand;
import io.opsledger.kernel.backup.BackupJobId;
import io.opsledger.kernel.backup.BackupOverdueEvent;
import io.opsledger.kernel.backup.BackupRunId;
import io.opsledger.kernel.backup.BackupRunSucceededEvent;
import io.opsledger.kernel.backup.RunOrigin;
import io.opsledger.kernel.pipeline.PipelineId;
import io.opsledger.kernel.pipeline.PipelineRunId;
import io.opsledger.kernel.pipeline.PipelineRunSucceededEvent;
import io.opsledger.kernel.plan.ConflictDetectedEvent;
import io.opsledger.kernel.plan.ConflictId;
import io.opsledger.kernel.plan.ConflictStrategy;
import io.opsledger.kernel.plan.ConflictType;
import io.opsledger.kernel.plan.PlanId;
import io.opsledger.kernel.plan.TaskEditedEvent;
import io.opsledger.kernel.plan.TaskId;
import io.opsledger.kernel.plan.TaskPriority;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.ArgumentCaptor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The alert policies, one event at a time: which command each event sends, keyed by the subject
 * and caused by the event, deciding from the event's own time and never from the clock.
 */
class AlertPoliciesTest {

    private static final Instant EVENT_TIME = Instant.parse("2020-03-10T12:00:00Z");

    private CommandGateway commands;
    private AlertPolicies policies;

    @BeforeEach
    void setUp() {
        commands = mock(CommandGateway.class);
        policies = new AlertPolicies(commands);
    }

    @Test
    void anOverdueBackupRaisesOneAlertPerJobCausedByTheEvent() {
        BackupJobId job = BackupJobId.random();
        policies.on(new BackupOverdueEvent(job, EVENT_TIME, null), "event-1");

        RaiseAlertCommand raised = (RaiseAlertCommand) sent().getFirst();
        assertThat(raised.key()).isEqualTo("backup-overdue:" + job);
        assertThat(raised.streamId()).isEqualTo(AlertStreamId.forKey(raised.key()));
        assertThat(raised.kind()).isEqualTo(AlertKind.BACKUP_OVERDUE);
        assertThat(raised.cause()).isEqualTo("event-1");
    }

    @Test
    void theSameEventDeliveredTwiceSendsTheSameCommandTwice() {
        BackupJobId job = BackupJobId.random();
        BackupOverdueEvent event = new BackupOverdueEvent(job, EVENT_TIME, null);
        policies.on(event, "event-1");
        policies.on(event, "event-1");

        List<Object> sent = sent();
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0)).isEqualTo(sent.get(1));
    }

    @Test
    void aSucceededBackupClearsTheFailureOfItsJob() {
        BackupJobId job = BackupJobId.random();
        policies.on(new BackupRunSucceededEvent(job, BackupRunId.random(), RunOrigin.API, null, EVENT_TIME, 1L,
                "a".repeat(64), null, null));

        assertThat(sent()).containsExactly(ClearAlertCommand.of("backup-failed:" + job, "a backup succeeded at " + EVENT_TIME));
    }

    @ParameterizedTest
    @EnumSource(value = ConflictStrategy.class, names = {"MANUAL", "AUTO_MERGE"})
    void aConflictLeftOpenRaisesAnAlert(ConflictStrategy strategy) {
        ConflictId conflict = ConflictId.random();
        policies.on(conflictDetected(conflict, strategy), "event-2");

        RaiseAlertCommand raised = (RaiseAlertCommand) sent().getFirst();
        assertThat(raised.key()).isEqualTo("plan-conflict:" + conflict);
        assertThat(raised.kind()).isEqualTo(AlertKind.PLAN_CONFLICT);
    }

    @ParameterizedTest
    @EnumSource(value = ConflictStrategy.class, names = {"SOURCE_PRIORITY", "TARGET_PRIORITY"})
    void aConflictTheStrategySettledRaisesNothing(ConflictStrategy strategy) {
        policies.on(conflictDetected(ConflictId.random(), strategy), "event-3");

        verifyNoInteractions(commands);
    }

    @Test
    void aDueDateMovedToTheDayOfTheEditClearsTheOverdueAlertWhateverTheClockSays() {
        TaskId task = TaskId.random();
        policies.on(new TaskEditedEvent(PlanId.random(), task, "Task", TaskPriority.MEDIUM, LocalDate.of(2020, 3, 10)),
                EVENT_TIME);

        assertThat(sent()).containsExactly(ClearAlertCommand.of("task-overdue:" + task, "due date now 2020-03-10"));
    }

    @Test
    void aDueDateStillBeforeTheDayOfTheEditKeepsTheOverdueAlert() {
        policies.on(new TaskEditedEvent(PlanId.random(), TaskId.random(), "Task", TaskPriority.MEDIUM,
                LocalDate.of(2020, 3, 9)), EVENT_TIME);

        verifyNoInteractions(commands);
    }

    @Test
    void aSucceededRunClearsItsPipelinesFailureAndTimeout() {
        PipelineId pipeline = PipelineId.forJob("warehouse", "orders");
        PipelineRunId run = PipelineRunId.random();
        policies.on(new PipelineRunSucceededEvent(run, pipeline, EVENT_TIME, EVENT_TIME, 1L, 1L, 1L));

        String reason = "run " + run + " succeeded";
        assertThat(sent()).containsExactly(ClearAlertCommand.of("pipeline-failed:" + pipeline, reason),
                ClearAlertCommand.of("pipeline-timed-out:" + pipeline, reason));
    }

    private static ConflictDetectedEvent conflictDetected(ConflictId conflict, ConflictStrategy strategy) {
        UUID plan = UUID.randomUUID();
        return new ConflictDetectedEvent(new PlanId(plan), conflict, ConflictType.CONTENT_DIVERGENCE, strategy, 1,
                "plan.title", plan, "Base", "Theirs", "Ours");
    }

    private List<Object> sent() {
        ArgumentCaptor<Object> captor = ArgumentCaptor.forClass(Object.class);
        verify(commands, atLeastOnce()).sendAndWait(captor.capture());
        return captor.getAllValues();
    }
}
