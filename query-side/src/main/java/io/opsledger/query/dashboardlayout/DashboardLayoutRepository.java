package io.opsledger.query.dashboardlayout;

import io.opsledger.kernel.dashboard.DashboardId;
import io.opsledger.kernel.dashboard.DashboardPage;
import io.opsledger.kernel.dashboard.DashboardView;
import io.opsledger.kernel.dashboard.WidgetId;
import io.opsledger.kernel.dashboard.WidgetType;
import io.opsledger.query.paging.KeysetCursor;
import io.opsledger.query.paging.KeysetPageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Repository
public class DashboardLayoutRepository {

    static final String DASHBOARDS = "dashboard";

    private final JdbcClient jdbc;

    DashboardLayoutRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(UUID id, String name, long revision, Instant createdAt, Instant updatedAt) {
    }

    public Optional<DashboardView> find(DashboardId dashboardId) {
        return jdbc.sql("SELECT * FROM dashboard WHERE dashboard_id = :id").param("id", dashboardId.value())
                .query(DashboardLayoutRepository::row).optional()
                .map(row -> view(row, widgets(List.of(row.id())).getOrDefault(row.id(), List.of())));
    }

    public Optional<DashboardView.Widget> findWidget(DashboardId dashboardId, WidgetId widgetId) {
        return find(dashboardId).flatMap(dashboard -> dashboard.widgets().stream()
                .filter(widget -> widget.id().equals(widgetId.value())).findFirst());
    }

    /** Oldest first, continuing after the cursor. */
    DashboardPage findPage(int first, KeysetCursor after) {
        KeysetPageQuery.Page<Row> rows = KeysetPageQuery.oldestFirst("SELECT * FROM dashboard", "created_at", "dashboard_id")
                .fetch(jdbc, first, after, DashboardLayoutRepository::row);
        List<Row> page = rows.rows();
        Map<UUID, List<DashboardView.Widget>> widgets = widgets(page.stream().map(Row::id).toList());
        List<DashboardPage.Edge> edges = page.stream()
                .map(row -> new DashboardPage.Edge(new KeysetCursor(DASHBOARDS, row.createdAt(), row.id()).encode(),
                        view(row, widgets.getOrDefault(row.id(), List.of()))))
                .toList();
        return new DashboardPage(edges, rows.hasNext(), after != null);
    }

    /** The widgets of these dashboards, top to bottom and left to right. */
    private Map<UUID, List<DashboardView.Widget>> widgets(List<UUID> dashboardIds) {
        if (dashboardIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Map<String, String>> params = new HashMap<>();
        jdbc.sql("SELECT * FROM dashboard_widget_param WHERE dashboard_id IN (:ids) ORDER BY param_name")
                .param("ids", dashboardIds)
                .query(rs -> {
                    params.computeIfAbsent(rs.getString("dashboard_id") + "/" + rs.getString("widget_id"),
                            key -> new LinkedHashMap<>()).put(rs.getString("param_name"), rs.getString("param_value"));
                });
        Map<UUID, List<DashboardView.Widget>> widgets = new HashMap<>();
        jdbc.sql("SELECT * FROM dashboard_widget WHERE dashboard_id IN (:ids) ORDER BY grid_y, grid_x, widget_id")
                .param("ids", dashboardIds)
                .query(rs -> {
                    UUID dashboardId = rs.getObject("dashboard_id", UUID.class);
                    String widgetId = rs.getString("widget_id");
                    widgets.computeIfAbsent(dashboardId, id -> new ArrayList<>()).add(new DashboardView.Widget(widgetId,
                            WidgetType.valueOf(rs.getString("widget_type")), rs.getString("title"),
                            rs.getString("data_source"), params.getOrDefault(dashboardId + "/" + widgetId, Map.of()),
                            rs.getInt("grid_x"), rs.getInt("grid_y"), rs.getInt("grid_w"), rs.getInt("grid_h")));
                });
        return widgets;
    }

    private static DashboardView view(Row row, List<DashboardView.Widget> widgets) {
        return new DashboardView(row.id().toString(), row.name(), row.revision(), row.createdAt(), row.updatedAt(), widgets);
    }

    private static Row row(ResultSet rs, int row) throws SQLException {
        return new Row(rs.getObject("dashboard_id", UUID.class), rs.getString("name"), rs.getLong("revision"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
