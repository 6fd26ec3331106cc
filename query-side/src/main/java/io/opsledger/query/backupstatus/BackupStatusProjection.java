package io.opsledger.query.backupstatus;

import io.opsledger.query.readmodel.ProcessingGroups;
import io.opsledger.query.readmodel.ReadModelTime;
import io.opsledger.query.readmodel.RevisionGuard;
import io.opsledger.kernel.backup.BackupJobCreatedEvent;
import io.opsledger.kernel.backup.BackupJobEvent;
import io.opsledger.kernel.backup.BackupJobId;
import io.opsledger.kernel.backup.BackupJobReconfiguredEvent;
import io.opsledger.kernel.backup.BackupPingRotatedEvent;
import io.opsledger.kernel.backup.BackupJobStatus;
import io.opsledger.kernel.backup.BackupLogRecordedEvent;
import io.opsledger.kernel.backup.BackupOverdueClearedEvent;
import io.opsledger.kernel.backup.BackupOverdueEvent;
import io.opsledger.kernel.backup.BackupRunExpiredEvent;
import io.opsledger.kernel.backup.BackupRunFailedEvent;
import io.opsledger.kernel.backup.BackupRunPromotedEvent;
import io.opsledger.kernel.backup.BackupRunStartedEvent;
import io.opsledger.kernel.backup.BackupRunSucceededEvent;
import io.opsledger.kernel.backup.BackupRunVerificationFailedEvent;
import io.opsledger.kernel.backup.BackupRunVerifiedEvent;
import io.opsledger.kernel.backup.RetentionPolicy;
import io.opsledger.kernel.backup.RunStatus;
import io.opsledger.kernel.backup.ScanSettings;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps the backup status tables in step with backup job events. Every handler first claims the
 * event ({@link #claim}): the job's stored revision moves forward to the event's sequence number,
 * or the event was applied already and the handler does nothing, so a replay never applies an
 * event twice.
 */
@Component
@ProcessingGroup(BackupStatusProjection.PROCESSING_GROUP)
class BackupStatusProjection {

    static final String PROCESSING_GROUP = ProcessingGroups.BACKUP_STATUS;

    private final JdbcClient jdbc;
    private final BackupStatusRepository repository;

    BackupStatusProjection(JdbcClient jdbc, BackupStatusRepository repository) {
        this.jdbc = jdbc;
        this.repository = repository;
    }

    @EventHandler
    void on(BackupJobCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        jdbc.sql("""
                        INSERT INTO backup_job (job_id, name, source, interval_seconds, grace_seconds, keep_daily,
                               keep_weekly, keep_monthly, ping_uuid, scan_directory, scan_glob, allow_delete, status,
                               next_due_at, revision, created_at, updated_at)
                        SELECT :id, :name, :source, :interval, :grace, :daily, :weekly, :monthly, :ping, :dir, :glob,
                               :allowDelete, :status, :nextDue, :revision, :at, :at
                        WHERE NOT EXISTS (SELECT 1 FROM backup_job WHERE job_id = :id)""")
                .param("id", event.jobId().value())
                .params(configurationColumns(event.name(), event.source(), event.interval(), event.grace(),
                        event.retention(), event.scan()))
                .param("ping", event.pingUuid())
                .param("status", BackupJobStatus.NEVER_RAN.name())
                .param("nextDue", ReadModelTime.of(timestamp.plus(event.interval())))
                .param("revision", sequence)
                .param("at", ReadModelTime.of(timestamp))
                .update();
    }

    @EventHandler
    void on(BackupJobReconfiguredEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            jdbc.sql("""
                            UPDATE backup_job SET name = :name, source = :source, interval_seconds = :interval,
                                   grace_seconds = :grace, keep_daily = :daily, keep_weekly = :weekly,
                                   keep_monthly = :monthly, scan_directory = :dir, scan_glob = :glob,
                                   allow_delete = :allowDelete
                            WHERE job_id = :id""")
                    .params(configurationColumns(event.name(), event.source(), event.interval(), event.grace(),
                            event.retention(), event.scan()))
                    .param("id", event.jobId().value())
                    .update();
            refresh(event.jobId());
        }
    }

    @EventHandler
    void on(BackupPingRotatedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            jdbc.sql("UPDATE backup_job SET ping_uuid = :ping WHERE job_id = :id")
                    .param("ping", event.pingUuid()).param("id", event.jobId().value()).update();
            refresh(event.jobId());
        }
    }

    @EventHandler
    void on(BackupRunStartedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            jdbc.sql("""
                            INSERT INTO backup_run (job_id, run_id, origin, status, started_at, reported_at)
                            VALUES (:job, :run, :origin, :status, :startedAt, :at)""")
                    .param("job", event.jobId().value())
                    .param("run", event.runId().value())
                    .param("origin", event.origin().name())
                    .param("status", RunStatus.STARTED.name())
                    .param("startedAt", ReadModelTime.of(event.startedAt()))
                    .param("at", ReadModelTime.of(timestamp))
                    .update();
            refresh(event.jobId());
        }
    }

    @EventHandler
    void on(BackupRunSucceededEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            UUID job = event.jobId().value();
            ensureRun(job, event.runId().value(), event.origin().name(), timestamp);
            jdbc.sql("""
                            UPDATE backup_run SET status = :status, started_at = :startedAt, finished_at = :finishedAt,
                                   duration_ms = :duration, size_bytes = :size, sha256 = :sha256, file_name = :file,
                                   log = :log
                            WHERE job_id = :job AND run_id = :run""")
                    .param("status", RunStatus.SUCCEEDED.name())
                    .param("startedAt", ReadModelTime.of(event.startedAt()))
                    .param("finishedAt", ReadModelTime.of(event.finishedAt()))
                    .param("duration", durationMillis(event.startedAt(), event.finishedAt()))
                    .param("size", event.sizeBytes())
                    .param("sha256", event.sha256())
                    .param("file", event.fileName())
                    .param("log", event.log())
                    .param("job", job)
                    .param("run", event.runId().value())
                    .update();
            jdbc.sql("""
                            UPDATE backup_job SET last_run_failed = FALSE,
                                   last_success_at = CASE WHEN last_success_at IS NULL OR last_success_at < :at
                                                          THEN :at ELSE last_success_at END
                            WHERE job_id = :job""")
                    .param("at", ReadModelTime.of(event.finishedAt()))
                    .param("job", job)
                    .update();
            refresh(event.jobId());
        }
    }

    @EventHandler
    void on(BackupRunFailedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            UUID job = event.jobId().value();
            ensureRun(job, event.runId().value(), event.origin().name(), timestamp);
            jdbc.sql("""
                            UPDATE backup_run SET status = :status, started_at = :startedAt, finished_at = :failedAt,
                                   duration_ms = :duration, reason = :reason, exit_status = :exitStatus, log = :log
                            WHERE job_id = :job AND run_id = :run""")
                    .param("status", RunStatus.FAILED.name())
                    .param("startedAt", ReadModelTime.of(event.startedAt()))
                    .param("failedAt", ReadModelTime.of(event.failedAt()))
                    .param("duration", durationMillis(event.startedAt(), event.failedAt()))
                    .param("reason", event.reason())
                    .param("exitStatus", event.exitStatus())
                    .param("log", event.logExcerpt())
                    .param("job", job)
                    .param("run", event.runId().value())
                    .update();
            lastRunFailed(job, event.failedAt());
            refresh(event.jobId());
        }
    }

    @EventHandler
    void on(BackupLogRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            if (event.runId() == null) {
                jdbc.sql("INSERT INTO backup_log (job_id, revision, logged_at, log) VALUES (:job, :revision, :at, :log)")
                        .param("job", event.jobId().value())
                        .param("revision", sequence)
                        .param("at", ReadModelTime.of(event.at()))
                        .param("log", event.log())
                        .update();
            } else {
                jdbc.sql("UPDATE backup_run SET log = :log WHERE job_id = :job AND run_id = :run")
                        .param("log", event.log())
                        .param("job", event.jobId().value())
                        .param("run", event.runId().value())
                        .update();
            }
            refresh(event.jobId());
        }
    }

    @EventHandler
    void on(BackupRunVerifiedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            jdbc.sql("""
                            UPDATE backup_run SET status = :status, sha256 = :sha256, verified_at = :at
                            WHERE job_id = :job AND run_id = :run""")
                    .param("status", RunStatus.VERIFIED.name())
                    .param("sha256", event.sha256())
                    .param("at", ReadModelTime.of(event.verifiedAt()))
                    .param("job", event.jobId().value())
                    .param("run", event.runId().value())
                    .update();
            refresh(event.jobId());
        }
    }

    @EventHandler
    void on(BackupRunVerificationFailedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            jdbc.sql("UPDATE backup_run SET status = :status, reason = :reason WHERE job_id = :job AND run_id = :run")
                    .param("status", RunStatus.VERIFICATION_FAILED.name())
                    .param("reason", "verification failed: expected SHA-256 %s, found %s"
                            .formatted(event.expectedSha256(), event.actualSha256()))
                    .param("job", event.jobId().value())
                    .param("run", event.runId().value())
                    .update();
            lastRunFailed(event.jobId().value(), event.at());
            refresh(event.jobId());
        }
    }

    @EventHandler
    void on(BackupRunPromotedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            jdbc.sql("UPDATE backup_run SET tier = :tier WHERE job_id = :job AND run_id = :run")
                    .param("tier", event.tier().name())
                    .param("job", event.jobId().value())
                    .param("run", event.runId().value())
                    .update();
            refresh(event.jobId());
        }
    }

    @EventHandler
    void on(BackupRunExpiredEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            jdbc.sql("UPDATE backup_run SET status = :status, expired_at = :at WHERE job_id = :job AND run_id = :run")
                    .param("status", RunStatus.EXPIRED.name())
                    .param("at", ReadModelTime.of(timestamp))
                    .param("job", event.jobId().value())
                    .param("run", event.runId().value())
                    .update();
            refresh(event.jobId());
        }
    }

    @EventHandler
    void on(BackupOverdueEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            setOverdue(event.jobId(), true);
        }
    }

    @EventHandler
    void on(BackupOverdueClearedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            setOverdue(event.jobId(), false);
        }
    }

    @ResetHandler
    void reset() {
        for (String table : List.of("backup_log", "backup_run", "backup_job")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    /**
     * Moves the job's revision forward to this event; false when the event was applied already
     * (or the job is unknown to this read model, which only a corrupted store could cause).
     */
    private boolean claim(BackupJobEvent event, long sequence, Instant timestamp) {
        return RevisionGuard.claim(jdbc, "backup_job", "job_id", event.jobId().value(), sequence, timestamp);
    }

    /** A success or failure without a reported start is a run that begins and ends with it. */
    private void ensureRun(UUID job, UUID run, String origin, Instant timestamp) {
        jdbc.sql("""
                        INSERT INTO backup_run (job_id, run_id, origin, status, reported_at)
                        SELECT :job, :run, :origin, :status, :at
                        WHERE NOT EXISTS (SELECT 1 FROM backup_run WHERE job_id = :job AND run_id = :run)""")
                .param("job", job)
                .param("run", run)
                .param("origin", origin)
                .param("status", RunStatus.STARTED.name())
                .param("at", ReadModelTime.of(timestamp))
                .update();
    }

    /**
     * The named parameters of the job's configuration columns, which creating and reconfiguring both
     * write: :name, :source, :interval, :grace, :daily, :weekly, :monthly, :dir, :glob, :allowDelete.
     */
    private static Map<String, Object> configurationColumns(String name, String source, Duration interval,
                                                            Duration grace, RetentionPolicy retention,
                                                            ScanSettings scan) {
        Map<String, Object> params = new HashMap<>();
        params.put("name", name);
        params.put("source", source);
        params.put("interval", interval.toSeconds());
        params.put("grace", grace.toSeconds());
        params.put("daily", retention.keepDaily());
        params.put("weekly", retention.keepWeekly());
        params.put("monthly", retention.keepMonthly());
        params.put("dir", scan == null ? null : scan.directory());
        params.put("glob", scan == null ? null : scan.glob());
        params.put("allowDelete", scan != null && scan.allowDelete());
        return params;
    }

    /** A failed run or a failed verification: the job's last run counts as failed (its status turns FAILED). */
    private void lastRunFailed(UUID job, Instant at) {
        jdbc.sql("UPDATE backup_job SET last_run_failed = TRUE, last_failure_at = :at WHERE job_id = :job")
                .param("at", ReadModelTime.of(at))
                .param("job", job)
                .update();
    }

    private void setOverdue(BackupJobId jobId, boolean overdue) {
        jdbc.sql("UPDATE backup_job SET overdue = :overdue WHERE job_id = :job")
                .param("overdue", overdue)
                .param("job", jobId.value())
                .update();
        refresh(jobId);
    }

    /** Recomputes the figures derived from the rest (status, next due time, run count), then tells subscribers. */
    private void refresh(BackupJobId jobId) {
        UUID job = jobId.value();
        jdbc.sql("""
                        UPDATE backup_job SET
                               status = CASE WHEN overdue THEN 'LATE'
                                             WHEN last_run_failed THEN 'FAILED'
                                             WHEN last_success_at IS NULL THEN 'NEVER_RAN'
                                             ELSE 'OK' END,
                               run_count = (SELECT COUNT(*) FROM backup_run r WHERE r.job_id = backup_job.job_id)
                        WHERE job_id = :job""")
                .param("job", job)
                .update();
        jdbc.sql("SELECT interval_seconds, COALESCE(last_success_at, created_at) AS reference FROM backup_job WHERE job_id = :job")
                .param("job", job)
                .query((rs, row) -> rs.getObject("reference", OffsetDateTime.class).plusSeconds(rs.getLong("interval_seconds")))
                .optional()
                .ifPresent(nextDue -> jdbc.sql("UPDATE backup_job SET next_due_at = :nextDue WHERE job_id = :job")
                        .param("nextDue", nextDue)
                        .param("job", job)
                        .update());
    }

    private static Long durationMillis(Instant from, Instant to) {
        return from == null || to == null ? null : Duration.between(from, to).toMillis();
    }

}
