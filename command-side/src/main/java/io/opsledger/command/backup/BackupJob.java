package io.opsledger.command.backup;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.opsledger.command.messaging.DeadlineScope;
import io.opsledger.command.snapshot.SnapshotConfiguration;
import io.opsledger.kernel.backup.ApplyBackupRetentionCommand;
import io.opsledger.kernel.backup.BackupJobCreatedEvent;
import io.opsledger.kernel.backup.BackupJobId;
import io.opsledger.kernel.backup.BackupJobReconfiguredEvent;
import io.opsledger.kernel.backup.BackupPingRotatedEvent;
import io.opsledger.kernel.backup.BackupLogRecordedEvent;
import io.opsledger.kernel.backup.BackupOverdueClearedEvent;
import io.opsledger.kernel.backup.BackupOverdueEvent;
import io.opsledger.kernel.backup.BackupRunExpiredEvent;
import io.opsledger.kernel.backup.BackupRunFailedEvent;
import io.opsledger.kernel.backup.BackupRunId;
import io.opsledger.kernel.backup.BackupRunPromotedEvent;
import io.opsledger.kernel.backup.BackupRunStartedEvent;
import io.opsledger.kernel.backup.BackupRunSucceededEvent;
import io.opsledger.kernel.backup.BackupRunVerificationFailedEvent;
import io.opsledger.kernel.backup.BackupRunVerifiedEvent;
import io.opsledger.kernel.backup.CreateBackupJobCommand;
import io.opsledger.kernel.backup.LogExcerpt;
import io.opsledger.kernel.backup.ReconfigureBackupJobCommand;
import io.opsledger.kernel.backup.RotateBackupPingCommand;
import io.opsledger.kernel.backup.RecordBackupFailureCommand;
import io.opsledger.kernel.backup.RecordBackupLogCommand;
import io.opsledger.kernel.backup.RecordBackupSuccessCommand;
import io.opsledger.kernel.backup.RecordScannedFileCommand;
import io.opsledger.kernel.backup.RetentionPolicy;
import io.opsledger.kernel.backup.RunOrigin;
import io.opsledger.kernel.backup.RunStatus;
import io.opsledger.kernel.backup.ScanSettings;
import io.opsledger.kernel.backup.StartBackupRunCommand;
import io.opsledger.kernel.backup.VerifyBackupRunCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;
import static io.opsledger.command.messaging.AggregateClock.now;
import static io.opsledger.command.messaging.AggregateClock.orNow;
import static io.opsledger.command.messaging.AggregateClock.revision;
import static io.opsledger.kernel.backup.BackupRule.PING_UUID_REQUIRED;
import static io.opsledger.kernel.backup.BackupRule.RUN_ALREADY_FINISHED;
import static io.opsledger.kernel.backup.BackupRule.RUN_EXPIRED;
import static io.opsledger.kernel.backup.BackupRule.RUN_HAS_NO_BACKUP;
import static io.opsledger.kernel.backup.BackupRule.RUN_ID_TAKEN;
import static io.opsledger.kernel.backup.BackupRule.RUN_NOT_FOUND;
import static io.opsledger.kernel.backup.BackupRule.SCAN_NOT_CONFIGURED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A backup job and its runs. Runs are entities owned by the job: retention and the overdue
 * condition are decisions over all of them at once.
 *
 * <p>The overdue condition is a deadline, not a poll: it is scheduled for interval + grace after
 * the creation and after each success, the previous one cancelled, and it lives in the deadline
 * manager's table, so it survives a restart. Every handler returns the job's revision after the
 * command; a command that would change nothing applies no event.
 */
@Aggregate(snapshotTriggerDefinition = SnapshotConfiguration.TRIGGER)
@Revision("1")
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE)
class BackupJob {

    static final String OVERDUE_DEADLINE = "backup-overdue";

    @AggregateIdentifier
    private BackupJobId id;
    private String name;
    private String source;
    private Duration interval;
    private Duration grace;
    private RetentionPolicy retention;
    private ScanSettings scan;
    private Instant createdAt;
    private Instant lastSuccessAt;
    private boolean overdue;
    private final Map<BackupRunId, Run> runs = new LinkedHashMap<>();
    private final Map<String, BackupRunId> runsByFileName = new HashMap<>();

    BackupJob() {
        // for Axon's event sourcing
    }

    @CommandHandler
    BackupJob(CreateBackupJobCommand command, DeadlineManager deadlineManager) {
        if (command.pingUuid() == null) {
            throw PING_UUID_REQUIRED.violated("every job needs a ping UUID; leave it out and the server chooses one");
        }
        BackupJobCreatedEvent created = new BackupJobCreatedEvent(command.jobId(),
                BackupInputRules.name(command.name()),
                BackupInputRules.source(command.source()),
                BackupInputRules.interval(command.interval()),
                BackupInputRules.grace(command.grace()),
                BackupInputRules.retention(command.retention()),
                command.pingUuid(),
                BackupInputRules.scan(command.scan()));
        Instant createdAt = now();
        // Axon applies a constructor's events to the new instance only once the constructor has
        // returned, and the deadline's scope needs the instance's id: schedule once it is applied.
        apply(created).andThen(() ->
                scheduleOverdue(deadlineManager, id, createdAt, created.interval().plus(created.grace()), null));
    }

    @CommandHandler
    long handle(RotateBackupPingCommand command) {
        if (command.pingUuid() == null) {
            throw PING_UUID_REQUIRED.violated("rotating needs the new ping UUID; the server chooses one when the API is used");
        }
        apply(new BackupPingRotatedEvent(id, command.pingUuid()));
        return revision();
    }

    @CommandHandler
    long handle(ReconfigureBackupJobCommand command, DeadlineManager deadlineManager) {
        BackupJobReconfiguredEvent event = new BackupJobReconfiguredEvent(id,
                BackupInputRules.name(command.name()),
                BackupInputRules.source(command.source()),
                BackupInputRules.interval(command.interval()),
                BackupInputRules.grace(command.grace()),
                BackupInputRules.retention(command.retention()),
                BackupInputRules.scan(command.scan()));
        boolean windowChanged = !event.interval().equals(interval) || !event.grace().equals(grace);
        if (!event.equals(new BackupJobReconfiguredEvent(id, name, source, interval, grace, retention, scan))) {
            apply(event);
            if (windowChanged && !overdue) {
                rescheduleOverdue(deadlineManager);
            }
            applyRetention();
        }
        return revision();
    }

    @CommandHandler
    long handle(StartBackupRunCommand command) {
        BackupRunId runId = Objects.requireNonNull(command.runId(), "runId");
        if (runs.containsKey(runId)) {
            throw RUN_ID_TAKEN.violated("run %s already exists in job %s", runId, id);
        }
        apply(new BackupRunStartedEvent(id, runId, origin(command.origin()), orNow(command.at())));
        return revision();
    }

    @CommandHandler
    long handle(RecordBackupSuccessCommand command, DeadlineManager deadlineManager) {
        Run run = finishingRun(command.runId(), command.attachToOpenRun());
        BackupRunId runId = run == null ? command.runId() : run.id();
        Instant at = orNow(command.at());
        apply(new BackupRunSucceededEvent(id, runId, origin(command.origin()), run == null ? null : run.startedAt(), at,
                BackupInputRules.size(command.sizeBytes()), BackupInputRules.sha256(command.sha256()), null,
                LogExcerpt.of(command.log())));
        afterSuccess(runId, at, deadlineManager);
        return revision();
    }

    @CommandHandler
    long handle(RecordBackupFailureCommand command) {
        Run run = finishingRun(command.runId(), command.attachToOpenRun());
        apply(new BackupRunFailedEvent(id, run == null ? command.runId() : run.id(), origin(command.origin()),
                run == null ? null : run.startedAt(), orNow(command.at()), BackupInputRules.reason(command.reason()),
                BackupInputRules.exitStatus(command.exitStatus()), LogExcerpt.of(command.log())));
        return revision();
    }

    @CommandHandler
    long handle(RecordBackupLogCommand command) {
        BackupRunId openRun = latestOpenRun() == null ? null : latestOpenRun().id();
        apply(new BackupLogRecordedEvent(id, openRun, orNow(command.at()), LogExcerpt.of(command.log())));
        return revision();
    }

    @CommandHandler
    long handle(RecordScannedFileCommand command, DeadlineManager deadlineManager) {
        if (scan == null) {
            throw SCAN_NOT_CONFIGURED.violated("job %s has no scan directory", id);
        }
        String fileName = BackupInputRules.fileName(command.fileName());
        String sha256 = BackupInputRules.requiredSha256(command.sha256());
        BackupInputRules.size(command.sizeBytes());
        BackupRunId known = runsByFileName.get(fileName);
        if (known != null) {
            Run run = runs.get(known);
            boolean unchanged = sha256.equals(run.sha256()) || sha256.equals(run.failedSha256());
            if (!unchanged && run.status() != RunStatus.EXPIRED) {
                apply(new BackupRunVerificationFailedEvent(id, run.id(), run.sha256(), sha256, now()));
            }
            return revision();
        }
        if (runs.containsKey(command.runId())) {
            throw RUN_ID_TAKEN.violated("run %s already exists in job %s", command.runId(), id);
        }
        Instant finishedAt = orNow(command.modifiedAt());
        apply(new BackupRunSucceededEvent(id, command.runId(), RunOrigin.SCAN, null, finishedAt,
                command.sizeBytes(), sha256, fileName, null));
        afterSuccess(command.runId(), finishedAt, deadlineManager);
        return revision();
    }

    @CommandHandler
    long handle(VerifyBackupRunCommand command) {
        Run run = existingRun(command.runId());
        if (run.status() == RunStatus.EXPIRED) {
            throw RUN_EXPIRED.violated("run %s expired by retention; its backup is no longer kept", run.id());
        }
        if (!run.holdsBackup()) {
            throw RUN_HAS_NO_BACKUP.violated("run %s is %s: only a run that produced a backup can be verified",
                    run.id(), run.status());
        }
        String observed = BackupInputRules.requiredSha256(command.sha256());
        Instant at = orNow(command.at());
        if (run.sha256() == null || observed.equals(run.sha256())) {
            if (run.status() != RunStatus.VERIFIED) {
                apply(new BackupRunVerifiedEvent(id, run.id(), observed, at));
                applyRetention();
            }
        } else if (!observed.equals(run.failedSha256())) {
            apply(new BackupRunVerificationFailedEvent(id, run.id(), run.sha256(), observed, at));
        }
        return revision();
    }

    @CommandHandler
    long handle(ApplyBackupRetentionCommand command) {
        applyRetention();
        return revision();
    }

    @DeadlineHandler(deadlineName = OVERDUE_DEADLINE)
    void on(OverdueCheck check) {
        if (!overdue && Objects.equals(check.lastSuccessAt(), lastSuccessAt)) {
            apply(new BackupOverdueEvent(id, check.dueAt(), lastSuccessAt));
        }
    }

    // --- rules -------------------------------------------------------------------------------

    /**
     * The run a success or failure ends: the named run when it exists (and is still open), else
     * the latest open run when the reporter pairs like Healthchecks, else null: a new run under
     * the command's run id.
     */
    private Run finishingRun(BackupRunId runId, boolean attachToOpenRun) {
        Objects.requireNonNull(runId, "runId");
        Run named = runs.get(runId);
        if (named != null) {
            if (!named.isOpen()) {
                throw RUN_ALREADY_FINISHED.violated("run %s already ended as %s", named.id(), named.status());
            }
            return named;
        }
        return attachToOpenRun ? latestOpenRun() : null;
    }

    private Run latestOpenRun() {
        return runs.values().stream().filter(Run::isOpen).reduce((first, second) -> second).orElse(null);
    }

    private Run existingRun(BackupRunId runId) {
        Run run = runId == null ? null : runs.get(runId);
        if (run == null) {
            throw RUN_NOT_FOUND.violated("run %s is not part of backup job %s", runId, id);
        }
        return run;
    }

    private void afterSuccess(BackupRunId runId, Instant at, DeadlineManager deadlineManager) {
        if (overdue) {
            apply(new BackupOverdueClearedEvent(id, runId, at));
        }
        rescheduleOverdue(deadlineManager);
        applyRetention();
    }

    /** The next success is due interval + grace after the last one (or after the creation). */
    private void rescheduleOverdue(DeadlineManager deadlineManager) {
        scheduleOverdue(deadlineManager, id, lastSuccessAt == null ? createdAt : lastSuccessAt, interval.plus(grace),
                lastSuccessAt);
    }

    private static void scheduleOverdue(DeadlineManager deadlineManager, BackupJobId jobId, Instant reference,
                                        Duration window, Instant lastSuccessAt) {
        ScopeDescriptor scope = scope(jobId);
        deadlineManager.cancelAllWithinScope(OVERDUE_DEADLINE, scope);
        Instant dueAt = reference.plus(window);
        deadlineManager.schedule(dueAt, OVERDUE_DEADLINE, new OverdueCheck(dueAt, lastSuccessAt), scope);
    }

    private static ScopeDescriptor scope(BackupJobId jobId) {
        return DeadlineScope.of(BackupJob.class, jobId);
    }

    private void applyRetention() {
        List<RetentionCalculator.Candidate> candidates = runs.values().stream()
                .filter(Run::holdsBackup)
                .map(run -> new RetentionCalculator.Candidate(run.id(), run.finishedAt(),
                        run.status() == RunStatus.VERIFIED, run.tier()))
                .toList();
        RetentionCalculator.Decision decision = RetentionCalculator.decide(retention, candidates);
        decision.promotions().forEach((runId, tier) -> apply(new BackupRunPromotedEvent(id, runId, tier)));
        decision.expirations().forEach(runId -> apply(new BackupRunExpiredEvent(id, runId, runs.get(runId).fileName())));
    }

    private static RunOrigin origin(RunOrigin origin) {
        return origin == null ? RunOrigin.API : origin;
    }

    // --- state -------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(BackupJobCreatedEvent event, @Timestamp Instant timestamp) {
        id = event.jobId();
        configure(event.name(), event.source(), event.interval(), event.grace(), event.retention(), event.scan());
        createdAt = timestamp;
    }

    @EventSourcingHandler
    void on(BackupJobReconfiguredEvent event) {
        configure(event.name(), event.source(), event.interval(), event.grace(), event.retention(), event.scan());
    }

    /** What creating and reconfiguring both set: the job's whole configuration. */
    private void configure(String newName, String newSource, Duration newInterval, Duration newGrace,
                           RetentionPolicy newRetention, ScanSettings newScan) {
        name = newName;
        source = newSource;
        interval = newInterval;
        grace = newGrace;
        retention = newRetention;
        scan = newScan;
    }

    @EventSourcingHandler
    void on(BackupRunStartedEvent event) {
        runs.put(event.runId(), Run.started(event.runId(), event.startedAt()));
    }

    @EventSourcingHandler
    void on(BackupRunSucceededEvent event) {
        runs.put(event.runId(), endingRun(event.runId(), event.startedAt())
                .succeeded(event.finishedAt(), event.sha256(), event.fileName()));
        if (event.fileName() != null) {
            runsByFileName.put(event.fileName(), event.runId());
        }
        if (lastSuccessAt == null || event.finishedAt().isAfter(lastSuccessAt)) {
            lastSuccessAt = event.finishedAt();
        }
    }

    @EventSourcingHandler
    void on(BackupRunFailedEvent event) {
        runs.put(event.runId(), endingRun(event.runId(), event.startedAt()).failed(event.failedAt()));
    }

    /** The run a success or failure ends: the started one, or, when no start was reported, a new one. */
    private Run endingRun(BackupRunId runId, Instant startedAt) {
        Run open = runs.get(runId);
        return open != null ? open : Run.started(runId, startedAt);
    }

    @EventSourcingHandler
    void on(BackupRunVerifiedEvent event) {
        runs.compute(event.runId(), (runId, run) -> run.verified(event.sha256()));
    }

    @EventSourcingHandler
    void on(BackupRunVerificationFailedEvent event) {
        runs.compute(event.runId(), (runId, run) -> run.verificationFailed(event.actualSha256()));
    }

    @EventSourcingHandler
    void on(BackupRunPromotedEvent event) {
        runs.compute(event.runId(), (runId, run) -> run.promotedTo(event.tier()));
    }

    @EventSourcingHandler
    void on(BackupRunExpiredEvent event) {
        runs.compute(event.runId(), (runId, run) -> run.expired());
    }

    @EventSourcingHandler
    void on(BackupOverdueEvent event) {
        overdue = true;
    }

    @EventSourcingHandler
    void on(BackupOverdueClearedEvent event) {
        overdue = false;
    }
}
