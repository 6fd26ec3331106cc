package io.opsledger.command.alert;

import io.opsledger.kernel.alert.AlertKind;
import io.opsledger.kernel.alert.AlertSeverity;
import io.opsledger.kernel.alert.AlertSubject;
import io.opsledger.kernel.alert.ClearAlertCommand;
import io.opsledger.kernel.alert.RaiseAlertCommand;
import io.opsledger.kernel.backup.BackupOverdueClearedEvent;
import io.opsledger.kernel.backup.BackupOverdueEvent;
import io.opsledger.kernel.backup.BackupRunFailedEvent;
import io.opsledger.kernel.backup.BackupRunSucceededEvent;
import io.opsledger.kernel.backup.BackupRunVerificationFailedEvent;
import io.opsledger.kernel.backup.BackupRunVerifiedEvent;
import io.opsledger.kernel.pipeline.PipelineRunAnomalyDetectedEvent;
import io.opsledger.kernel.pipeline.PipelineRunFailedEvent;
import io.opsledger.kernel.pipeline.PipelineRunSucceededEvent;
import io.opsledger.kernel.pipeline.PipelineRunTimedOutEvent;
import io.opsledger.kernel.plan.ConflictDetectedEvent;
import io.opsledger.kernel.plan.ConflictResolvedEvent;
import io.opsledger.kernel.plan.ConflictStrategy;
import io.opsledger.kernel.plan.TaskEditedEvent;
import io.opsledger.kernel.plan.TaskOverdueEvent;
import io.opsledger.kernel.plan.TaskRemovedEvent;
import io.opsledger.kernel.plan.TaskStatus;
import io.opsledger.kernel.plan.TaskStatusChangedEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The policies that turn other domains' events into alerts, and clear them when the cause goes
 * away: the shape every cross-aggregate decision takes here (see docs/architecture.md, "Policies").
 * Each decision reads only the event (its payload, its id, its own time), keys the alert with
 * {@link AlertKeys}, and sends a command. Each raise names its causing event, so redelivery counts
 * once. Replays must not raise alerts about the past again, hence {@link DisallowReplay}.
 */
@Component
@ProcessingGroup(AlertPolicies.PROCESSING_GROUP)
@DisallowReplay
class AlertPolicies {

    static final String PROCESSING_GROUP = "alert-policies";

    private final CommandGateway commands;

    AlertPolicies(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(BackupOverdueEvent event, @MessageIdentifier String eventId) {
        commands.sendAndWait(RaiseAlertCommand.fromPolicy(AlertKeys.backupOverdue(event.jobId()),
                AlertKind.BACKUP_OVERDUE, AlertSeverity.WARNING, "Backup overdue",
                "No successful run since %s; one was due by %s".formatted(
                        event.lastSuccessAt() == null ? "the job was created" : event.lastSuccessAt(), event.dueAt()),
                new AlertSubject("BackupJob", event.jobId().value()), eventId));
    }

    @EventHandler
    void on(BackupOverdueClearedEvent event) {
        commands.sendAndWait(ClearAlertCommand.of(AlertKeys.backupOverdue(event.jobId()),
                "a backup succeeded at " + event.at()));
    }

    @EventHandler
    void on(BackupRunFailedEvent event, @MessageIdentifier String eventId) {
        String reason = event.reason() == null ? "" : ": " + event.reason();
        String exit = event.exitStatus() == null ? "" : " (exit status " + event.exitStatus() + ")";
        commands.sendAndWait(RaiseAlertCommand.fromPolicy(AlertKeys.backupFailed(event.jobId()),
                AlertKind.BACKUP_FAILED, AlertSeverity.WARNING, "Backup failed", "The run failed" + exit + reason,
                new AlertSubject("BackupJob", event.jobId().value()), eventId));
    }

    @EventHandler
    void on(BackupRunSucceededEvent event) {
        commands.sendAndWait(ClearAlertCommand.of(AlertKeys.backupFailed(event.jobId()),
                "a backup succeeded at " + event.finishedAt()));
    }

    @EventHandler
    void on(BackupRunVerificationFailedEvent event, @MessageIdentifier String eventId) {
        commands.sendAndWait(RaiseAlertCommand.fromPolicy(AlertKeys.backupVerification(event.jobId()),
                AlertKind.BACKUP_VERIFICATION_FAILED, AlertSeverity.CRITICAL, "Backup verification failed",
                "Expected SHA-256 %s, read %s".formatted(event.expectedSha256(), event.actualSha256()),
                new AlertSubject("BackupJob", event.jobId().value()), eventId));
    }

    @EventHandler
    void on(BackupRunVerifiedEvent event) {
        commands.sendAndWait(ClearAlertCommand.of(AlertKeys.backupVerification(event.jobId()),
                "a backup was verified at " + event.verifiedAt()));
    }

    /** Only conflicts left open need a person; those a strategy settled at once are in the plan's history. */
    @EventHandler
    void on(ConflictDetectedEvent event, @MessageIdentifier String eventId) {
        if (event.strategy() == ConflictStrategy.SOURCE_PRIORITY || event.strategy() == ConflictStrategy.TARGET_PRIORITY) {
            return;
        }
        commands.sendAndWait(RaiseAlertCommand.fromPolicy(AlertKeys.planConflict(event.conflictId()), AlertKind.PLAN_CONFLICT,
                AlertSeverity.INFO, "Plan conflict waiting for a decision",
                "%s: current '%s', incoming '%s' (base '%s'); resolve conflict %s".formatted(event.field(),
                        event.current(), event.incoming(), event.base(), event.conflictId()),
                new AlertSubject("Plan", event.planId().value()), eventId));
    }

    @EventHandler
    void on(ConflictResolvedEvent event) {
        commands.sendAndWait(ClearAlertCommand.of(AlertKeys.planConflict(event.conflictId()),
                "conflict resolved: " + event.resolution()));
    }

    @EventHandler
    void on(TaskOverdueEvent event, @MessageIdentifier String eventId) {
        commands.sendAndWait(RaiseAlertCommand.fromPolicy(AlertKeys.taskOverdue(event.taskId()), AlertKind.PLAN_TASK_OVERDUE,
                AlertSeverity.WARNING, "Task overdue", "Task %s of plan %s was due %s and is not DONE".formatted(
                        event.taskId(), event.planId(), event.dueDate()),
                new AlertSubject("Plan", event.planId().value()), eventId));
    }

    @EventHandler
    void on(TaskStatusChangedEvent event) {
        if (event.to() == TaskStatus.DONE) {
            commands.sendAndWait(ClearAlertCommand.of(AlertKeys.taskOverdue(event.taskId()), "task done"));
        }
    }

    /**
     * A due date removed, or moved to the day of the edit or later, clears the alert; its new
     * deadline raises it again if it passes. "The day of the edit" is the event's own time (UTC), not
     * the clock's, so a redelivered or late-processed edit decides as it did when it happened.
     */
    @EventHandler
    void on(TaskEditedEvent event, @Timestamp Instant editedAt) {
        if (event.dueDate() == null || !event.dueDate().isBefore(LocalDate.ofInstant(editedAt, ZoneOffset.UTC))) {
            commands.sendAndWait(ClearAlertCommand.of(AlertKeys.taskOverdue(event.taskId()), "due date now " + event.dueDate()));
        }
    }

    @EventHandler
    void on(TaskRemovedEvent event) {
        commands.sendAndWait(ClearAlertCommand.of(AlertKeys.taskOverdue(event.taskId()), "task removed"));
    }

    @EventHandler
    void on(PipelineRunFailedEvent event, @MessageIdentifier String eventId) {
        commands.sendAndWait(RaiseAlertCommand.fromPolicy(AlertKeys.pipelineFailed(event.pipelineId()),
                AlertKind.PIPELINE_RUN_FAILED, AlertSeverity.WARNING, "Pipeline run failed",
                "Run %s failed%s (%d retries left)".formatted(event.runId(),
                        event.reason() == null ? "" : ": " + event.reason(), event.retriesLeft()),
                new AlertSubject("Pipeline", event.pipelineId().value()), eventId));
    }

    @EventHandler
    void on(PipelineRunTimedOutEvent event, @MessageIdentifier String eventId) {
        commands.sendAndWait(RaiseAlertCommand.fromPolicy(AlertKeys.pipelineTimedOut(event.pipelineId()),
                AlertKind.PIPELINE_RUN_TIMED_OUT, AlertSeverity.CRITICAL, "Pipeline run timed out",
                "Run %s ran longer than %s (%d retries left)".formatted(event.runId(), event.timeout(),
                        event.retriesLeft()),
                new AlertSubject("Pipeline", event.pipelineId().value()), eventId));
    }

    @EventHandler
    void on(PipelineRunAnomalyDetectedEvent event, @MessageIdentifier String eventId) {
        commands.sendAndWait(RaiseAlertCommand.fromPolicy(AlertKeys.pipelineAnomaly(event.pipelineId()),
                AlertKind.PIPELINE_RUN_ANOMALY, AlertSeverity.WARNING, "Pipeline run out of the ordinary",
                "Run %s: %s %.1f outside [%.1f, %.1f] (median %.1f ± %.1f·spread over %d runs)".formatted(
                        event.runId(), event.metric(), event.value(), event.lowerBound(), event.upperBound(),
                        event.median(), event.k(), event.historySize()),
                new AlertSubject("Pipeline", event.pipelineId().value()), eventId));
    }

    /** The next success clears what its pipeline's failures and timeouts raised. */
    @EventHandler
    void on(PipelineRunSucceededEvent event) {
        String reason = "run " + event.runId() + " succeeded";
        commands.sendAndWait(ClearAlertCommand.of(AlertKeys.pipelineFailed(event.pipelineId()), reason));
        commands.sendAndWait(ClearAlertCommand.of(AlertKeys.pipelineTimedOut(event.pipelineId()), reason));
    }
}
