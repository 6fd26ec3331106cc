package io.opsledger.query.widgetdata;

import io.opsledger.kernel.backup.BackupJobEvent;
import io.opsledger.kernel.backup.RunStatus;
import io.opsledger.kernel.dashboard.TimeRange;
import io.opsledger.kernel.dashboard.WidgetData;
import io.opsledger.kernel.dashboard.WidgetType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Backup runs that succeeded in the {@code hours} (24 by default) before the end of the range, from
 * the backup-status tables. A run verified or expired since still succeeded; a failed or unverifiable
 * one did not. Optional parameter {@code jobId} counts one job's runs.
 */
@Component
class BackupSuccessesDataSource implements WidgetDataSource {

    private static final List<String> SUCCEEDED = List.of(RunStatus.SUCCEEDED.name(), RunStatus.VERIFIED.name(),
            RunStatus.EXPIRED.name());

    private final JdbcClient jdbc;

    BackupSuccessesDataSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "backup-successes-24h";
    }

    @Override
    public Set<WidgetType> types() {
        return Set.of(WidgetType.COUNTER);
    }

    @Override
    public Set<Class<?>> relevantEvents() {
        return Set.of(BackupJobEvent.class);
    }

    @Override
    public WidgetData load(WidgetType type, Map<String, String> params, TimeRange range) {
        int hours = WidgetDataSource.intParam(params, "hours", 24, 1, 24 * 366);
        String jobId = params.get("jobId");
        StringBuilder sql = new StringBuilder("""
                SELECT COUNT(*) FROM backup_run
                WHERE status IN (:succeeded) AND finished_at >= :from AND finished_at < :to""");
        Map<String, Object> values = new HashMap<>(Map.of("succeeded", SUCCEEDED,
                "from", range.to().minus(Duration.ofHours(hours)).atOffset(ZoneOffset.UTC),
                "to", range.to().atOffset(ZoneOffset.UTC)));
        if (jobId != null && !jobId.isBlank()) {
            sql.append(" AND job_id = :job");
            values.put("job", UUID.fromString(jobId.strip()));
        }
        long count = jdbc.sql(sql.toString()).params(values).query(Long.class).single();
        return WidgetData.counter(count);
    }
}
