package io.opsledger.query.widgetdata;

import io.opsledger.kernel.dashboard.TimeRange;
import io.opsledger.kernel.dashboard.WidgetData;
import io.opsledger.kernel.dashboard.WidgetType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * The last {@code limit} (20, at most 200) events of every entity, newest first, read straight from
 * the event store: the ledger is the one place that sees every change. Each entry names the event
 * (its type without package and "Event"), the aggregate type and id. The range does not filter: the
 * store keeps timestamps as text, and "the last N" is what a timeline of changes shows.
 */
@Component
class RecentChangesDataSource implements WidgetDataSource {

    private final JdbcClient jdbc;

    RecentChangesDataSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "recent-changes";
    }

    @Override
    public Set<WidgetType> types() {
        return Set.of(WidgetType.TIMELINE, WidgetType.LIST);
    }

    @Override
    public Set<Class<?>> relevantEvents() {
        return Set.of(Object.class);
    }

    @Override
    public WidgetData load(WidgetType type, Map<String, String> params, TimeRange range) {
        return WidgetData.items(type, jdbc.sql("""
                        SELECT globalindex, type, aggregateidentifier, payloadtype, timestamp FROM domainevententry
                        ORDER BY globalindex DESC LIMIT :limit""")
                .param("limit", WidgetDataSource.intParam(params, "limit", 20, 1, 200))
                .query((rs, row) -> new WidgetData.Item(Long.toString(rs.getLong("globalindex")),
                        eventName(rs.getString("payloadtype")),
                        rs.getString("type") + " " + rs.getString("aggregateidentifier"),
                        Instant.parse(rs.getString("timestamp"))))
                .list());
    }

    /** {@code io.opsledger.kernel.plan.TaskAddedEvent} reads as {@code TaskAdded}. */
    static String eventName(String payloadType) {
        String simple = payloadType.substring(payloadType.lastIndexOf('.') + 1);
        simple = simple.substring(simple.lastIndexOf('$') + 1);
        return simple.endsWith("Event") ? simple.substring(0, simple.length() - "Event".length()) : simple;
    }
}
