package io.opsledger.query.backupstatus;

import io.opsledger.kernel.backup.BackupJobId;
import io.opsledger.kernel.backup.BackupJobStatus;
import io.opsledger.kernel.backup.BackupJobSummaryPage;
import io.opsledger.kernel.backup.BackupJobSummaryView;
import io.opsledger.kernel.backup.BackupJobView;
import io.opsledger.kernel.backup.BackupJobView.BackupRunView;
import io.opsledger.kernel.backup.RetentionPolicy;
import io.opsledger.kernel.backup.RetentionTier;
import io.opsledger.kernel.backup.RunOrigin;
import io.opsledger.kernel.backup.RunStatus;
import io.opsledger.kernel.backup.ScanSettings;
import io.opsledger.kernel.backup.ScanTargets;
import io.opsledger.query.paging.KeysetCursor;
import io.opsledger.query.paging.KeysetPageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the backup status tables and maps rows to the views the API serves. */
@Repository
class BackupStatusRepository {

    static final String JOBS = "backup-job";

    private static final String SUMMARY_COLUMNS = """
            job_id, name, source, status, ping_uuid, last_success_at, next_due_at, run_count, revision,
            created_at, updated_at""";
    private static final String RUN_COLUMNS = """
            run_id, origin, status, started_at, finished_at, duration_ms, size_bytes, sha256, file_name,
            exit_status, reason, log, verified_at, tier, expired_at""";

    private final JdbcClient jdbc;

    BackupStatusRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<BackupJobView> findJob(UUID jobId) {
        return jdbc.sql("SELECT * FROM backup_job WHERE job_id = :id")
                .param("id", jobId)
                .query((rs, row) -> new BackupJobView(jobId, rs.getString("name"), rs.getString("source"),
                        rs.getLong("interval_seconds"), rs.getLong("grace_seconds"),
                        new RetentionPolicy(rs.getInt("keep_daily"), rs.getInt("keep_weekly"), rs.getInt("keep_monthly")),
                        rs.getObject("ping_uuid", UUID.class),
                        rs.getString("scan_directory") == null ? null
                                : new ScanSettings(rs.getString("scan_directory"), rs.getString("scan_glob"), rs.getBoolean("allow_delete")),
                        BackupJobStatus.valueOf(rs.getString("status")),
                        instant(rs, "last_success_at"), instant(rs, "last_failure_at"), instant(rs, "next_due_at"),
                        rs.getLong("revision"), instant(rs, "created_at"), instant(rs, "updated_at"),
                        List.of(), List.of()))
                .optional()
                .map(job -> new BackupJobView(job.id(), job.name(), job.source(), job.intervalSeconds(),
                        job.graceSeconds(), job.retention(), job.pingUuid(), job.scan(), job.status(),
                        job.lastSuccessAt(), job.lastFailureAt(), job.nextDueAt(), job.revision(), job.createdAt(),
                        job.updatedAt(), newestRuns(jobId), retainedRuns(jobId)));
    }

    /** Jobs oldest first, continuing after the given cursor position; one row more than asked tells if more follow. */
    BackupJobSummaryPage findJobs(BackupJobStatus status, int first, KeysetCursor after) {
        KeysetPageQuery query = KeysetPageQuery.oldestFirst("SELECT " + SUMMARY_COLUMNS + " FROM backup_job",
                "created_at", "job_id");
        if (status != null) {
            query.where("status = :status", "status", status.name());
        }
        KeysetPageQuery.Page<BackupJobSummaryView> page = query.fetch(jdbc, first, after, BackupStatusRepository::summary);
        List<BackupJobSummaryPage.Edge> edges = page.rows().stream()
                .map(view -> new BackupJobSummaryPage.Edge(new KeysetCursor(JOBS, view.createdAt(), view.id()).encode(), view))
                .toList();
        return new BackupJobSummaryPage(edges, page.hasNext(), after != null);
    }

    Optional<BackupJobId> findJobByPing(UUID pingUuid) {
        return jdbc.sql("SELECT job_id FROM backup_job WHERE ping_uuid = :ping")
                .param("ping", pingUuid)
                .query(UUID.class)
                .optional()
                .map(BackupJobId::new);
    }

    ScanTargets scanTargets(BackupJobId jobId) {
        String sql = "SELECT job_id, scan_directory, scan_glob FROM backup_job WHERE scan_directory IS NOT NULL"
                + (jobId == null ? "" : " AND job_id = :id") + " ORDER BY created_at, job_id";
        JdbcClient.StatementSpec statement = jdbc.sql(sql);
        if (jobId != null) {
            statement = statement.param("id", jobId.value());
        }
        return new ScanTargets(statement.query((rs, row) -> new ScanTargets.Target(rs.getObject("job_id", UUID.class),
                rs.getString("scan_directory"), rs.getString("scan_glob"))).list());
    }

    private List<BackupRunView> newestRuns(UUID jobId) {
        return jdbc.sql("SELECT " + RUN_COLUMNS + " FROM backup_run WHERE job_id = :id"
                        + " ORDER BY reported_at DESC, run_id DESC LIMIT " + BackupJobView.MAX_RUNS)
                .param("id", jobId)
                .query(BackupStatusRepository::run)
                .list();
    }

    private List<BackupRunView> retainedRuns(UUID jobId) {
        return jdbc.sql("SELECT " + RUN_COLUMNS + " FROM backup_run WHERE job_id = :id"
                        + " AND status IN ('SUCCEEDED', 'VERIFIED', 'VERIFICATION_FAILED')"
                        + " ORDER BY finished_at DESC, run_id DESC")
                .param("id", jobId)
                .query(BackupStatusRepository::run)
                .list();
    }

    private static BackupRunView run(ResultSet rs, int row) throws SQLException {
        String tier = rs.getString("tier");
        return new BackupRunView(rs.getObject("run_id", UUID.class), RunOrigin.valueOf(rs.getString("origin")),
                RunStatus.valueOf(rs.getString("status")), instant(rs, "started_at"), instant(rs, "finished_at"),
                rs.getObject("duration_ms", Long.class), rs.getObject("size_bytes", Long.class), rs.getString("sha256"),
                rs.getString("file_name"), rs.getObject("exit_status", Integer.class), rs.getString("reason"),
                rs.getString("log"), instant(rs, "verified_at"), tier == null ? null : RetentionTier.valueOf(tier),
                instant(rs, "expired_at"));
    }

    private static BackupJobSummaryView summary(ResultSet rs, int row) throws SQLException {
        return new BackupJobSummaryView(rs.getObject("job_id", UUID.class), rs.getString("name"), rs.getString("source"),
                BackupJobStatus.valueOf(rs.getString("status")), rs.getObject("ping_uuid", UUID.class),
                instant(rs, "last_success_at"), instant(rs, "next_due_at"), rs.getInt("run_count"),
                rs.getLong("revision"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
