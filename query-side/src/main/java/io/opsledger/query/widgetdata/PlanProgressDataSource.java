package io.opsledger.query.widgetdata;

import io.opsledger.kernel.dashboard.TimeRange;
import io.opsledger.kernel.dashboard.WidgetData;
import io.opsledger.kernel.dashboard.WidgetType;
import io.opsledger.kernel.plan.PlanEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Progress of the plans that are not archived, from plan_summary, as the share of their tasks that
 * are done: as a COUNTER, one percentage over all of them (or over the plan {@code planId}); as a
 * LIST, one entry per plan, most recently changed first. Progress is a state: the range does not apply.
 */
@Component
class PlanProgressDataSource implements WidgetDataSource {

    private final JdbcClient jdbc;

    PlanProgressDataSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "plan-progress";
    }

    @Override
    public Set<WidgetType> types() {
        return Set.of(WidgetType.COUNTER, WidgetType.LIST);
    }

    @Override
    public Set<Class<?>> relevantEvents() {
        return Set.of(PlanEvent.class);
    }

    @Override
    public WidgetData load(WidgetType type, Map<String, String> params, TimeRange range) {
        if (type == WidgetType.COUNTER) {
            String planId = params.get("planId");
            StringBuilder sql = new StringBuilder("""
                    SELECT COALESCE(SUM(done_task_count), 0) AS done, COALESCE(SUM(task_count), 0) AS total
                    FROM plan_summary WHERE status <> 'ARCHIVED'""");
            Map<String, Object> values = new HashMap<>();
            if (planId != null && !planId.isBlank()) {
                sql.append(" AND plan_id = :plan");
                values.put("plan", UUID.fromString(planId.strip()));
            }
            return jdbc.sql(sql.toString()).params(values)
                    .query((rs, row) -> WidgetData.counter(percent(rs.getLong("done"), rs.getLong("total"))))
                    .single();
        }
        return WidgetData.items(type, jdbc.sql("""
                        SELECT plan_id, title, done_task_count, task_count, updated_at FROM plan_summary
                        WHERE status <> 'ARCHIVED' ORDER BY updated_at DESC, plan_id LIMIT :limit""")
                .param("limit", WidgetDataSource.intParam(params, "limit", 20, 1, 100))
                .query((rs, row) -> new WidgetData.Item(rs.getString("plan_id"), rs.getString("title"),
                        "%s%% (%d of %d tasks done)".formatted(
                                percent(rs.getLong("done_task_count"), rs.getLong("task_count")),
                                rs.getLong("done_task_count"), rs.getLong("task_count")),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
                .list());
    }

    /** Done as a percentage with one decimal; a plan without tasks has nothing done: 0. */
    static double percent(long done, long total) {
        return total == 0 ? 0 : Math.round(1000.0 * done / total) / 10.0;
    }
}
