package io.opsledger.query.widgetdata;

import io.opsledger.kernel.alert.AlertEvent;
import io.opsledger.kernel.alert.AlertSeverity;
import io.opsledger.kernel.dashboard.TimeRange;
import io.opsledger.kernel.dashboard.WidgetData;
import io.opsledger.kernel.dashboard.WidgetType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Alerts not resolved yet, from the alert feed's table, most severe first: as a list, or their
 * number. Open alerts are a state, not a history, so the time range does not apply.
 * Parameters: {@code minSeverity} (INFO by default), {@code limit} (20, at most 100).
 */
@Component
class OpenAlertsDataSource implements WidgetDataSource {

    private final JdbcClient jdbc;

    OpenAlertsDataSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "open-alerts";
    }

    @Override
    public Set<WidgetType> types() {
        return Set.of(WidgetType.LIST, WidgetType.COUNTER);
    }

    @Override
    public Set<Class<?>> relevantEvents() {
        return Set.of(AlertEvent.class);
    }

    @Override
    public WidgetData load(WidgetType type, Map<String, String> params, TimeRange range) {
        String minSeverity = params.getOrDefault("minSeverity", AlertSeverity.INFO.name());
        int rank = AlertSeverity.valueOf(minSeverity.strip().toUpperCase(Locale.ROOT)).ordinal();
        if (type == WidgetType.COUNTER) {
            long open = jdbc.sql("SELECT COUNT(*) FROM alert WHERE status <> 'RESOLVED' AND severity_rank >= :rank")
                    .param("rank", rank).query(Long.class).single();
            return WidgetData.counter(open);
        }
        return WidgetData.items(type, jdbc.sql("""
                        SELECT alert_id, title, severity, occurrences, raised_at FROM alert
                        WHERE status <> 'RESOLVED' AND severity_rank >= :rank
                        ORDER BY severity_rank DESC, raised_at DESC, alert_id DESC LIMIT :limit""")
                .param("rank", rank)
                .param("limit", WidgetDataSource.intParam(params, "limit", 20, 1, 100))
                .query((rs, row) -> new WidgetData.Item(rs.getString("alert_id"), rs.getString("title"),
                        "%s, %d×".formatted(rs.getString("severity"), rs.getInt("occurrences")),
                        rs.getObject("raised_at", OffsetDateTime.class).toInstant()))
                .list());
    }
}
