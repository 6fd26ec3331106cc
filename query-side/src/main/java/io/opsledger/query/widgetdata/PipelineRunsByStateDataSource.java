package io.opsledger.query.widgetdata;

import io.opsledger.kernel.dashboard.TimeRange;
import io.opsledger.kernel.dashboard.WidgetData;
import io.opsledger.kernel.dashboard.WidgetType;
import io.opsledger.kernel.pipeline.PipelineRunEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Pipeline runs by the state they are in, counted per bucket of {@code bucketMinutes} (60 by
 * default) of the moment they reached it (finished, else started, else queued), over the range:
 * one series per state, every bucket present (zeros included) so a chart draws gaps as zero.
 * Reads the pipeline-runs read model; optional {@code pipelineId} narrows it to one pipeline.
 */
@Component
class PipelineRunsByStateDataSource implements WidgetDataSource {

    /** Keeps a careless range from asking for millions of points. */
    private static final int MAX_BUCKETS = 2000;

    private final JdbcClient jdbc;

    PipelineRunsByStateDataSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "pipeline-runs-by-state";
    }

    @Override
    public Set<WidgetType> types() {
        return Set.of(WidgetType.TIMESERIES);
    }

    @Override
    public Set<Class<?>> relevantEvents() {
        return Set.of(PipelineRunEvent.class);
    }

    @Override
    public WidgetData load(WidgetType type, Map<String, String> params, TimeRange range) {
        Duration bucket = Duration.ofMinutes(WidgetDataSource.intParam(params, "bucketMinutes", 60, 1, 60 * 24 * 31));
        long span = Duration.between(range.from(), range.to()).toMillis();
        int buckets = (int) Math.min(MAX_BUCKETS, (span + bucket.toMillis() - 1) / bucket.toMillis());
        Map<String, long[]> counts = new TreeMap<>();
        String pipeline = params.get("pipelineId");
        jdbc.sql("""
                        SELECT state AS run_state, entered_at FROM (
                            SELECT state, pipeline_id, COALESCE(finished_at, started_at, queued_at) AS entered_at
                            FROM pipeline_run) runs
                        WHERE entered_at >= :from AND entered_at < :to
                          AND (CAST(:pipeline AS VARCHAR(36)) IS NULL OR CAST(pipeline_id AS VARCHAR(36)) = :pipeline)""")
                .param("from", range.from().atOffset(ZoneOffset.UTC))
                .param("to", range.to().atOffset(ZoneOffset.UTC))
                .param("pipeline", pipeline == null || pipeline.isBlank() ? null : pipeline.strip())
                .query(rs -> {
                    Instant at = rs.getObject("entered_at", OffsetDateTime.class).toInstant();
                    int index = (int) (Duration.between(range.from(), at).toMillis() / bucket.toMillis());
                    if (index < buckets) {
                        counts.computeIfAbsent(rs.getString("run_state"), state -> new long[buckets])[index]++;
                    }
                });
        List<WidgetData.Series> series = new ArrayList<>();
        counts.forEach((state, perBucket) -> {
            List<WidgetData.Point> points = new ArrayList<>(buckets);
            for (int i = 0; i < buckets; i++) {
                points.add(new WidgetData.Point(range.from().plus(bucket.multipliedBy(i)), perBucket[i]));
            }
            series.add(new WidgetData.Series(state, points));
        });
        return WidgetData.series(series);
    }
}
