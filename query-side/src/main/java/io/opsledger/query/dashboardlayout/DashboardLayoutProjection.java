package io.opsledger.query.dashboardlayout;

import io.opsledger.query.readmodel.ProcessingGroups;
import io.opsledger.query.readmodel.ReadModelTime;
import io.opsledger.query.readmodel.RevisionGuard;
import io.opsledger.kernel.dashboard.DashboardCreatedEvent;
import io.opsledger.kernel.dashboard.DashboardId;
import io.opsledger.kernel.dashboard.DashboardRenamedEvent;
import io.opsledger.kernel.dashboard.WidgetAddedEvent;
import io.opsledger.kernel.dashboard.WidgetBinding;
import io.opsledger.kernel.dashboard.WidgetConfiguredEvent;
import io.opsledger.kernel.dashboard.WidgetId;
import io.opsledger.kernel.dashboard.WidgetMovedEvent;
import io.opsledger.kernel.dashboard.WidgetRemovedEvent;
import io.opsledger.kernel.dashboard.WidgetSpec;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Keeps the dashboard tables. Every change first claims the event by raising the dashboard's
 * revision; an event at or below it was applied already and changes nothing. Subscribers are
 * notified by each instance's live-updates processor, not from here.
 */
@Component
@ProcessingGroup(DashboardLayoutProjection.PROCESSING_GROUP)
class DashboardLayoutProjection {

    static final String PROCESSING_GROUP = ProcessingGroups.DASHBOARD_LAYOUT;

    private final JdbcClient jdbc;

    DashboardLayoutProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(DashboardCreatedEvent event, @SequenceNumber long sequence) {
        jdbc.sql("""
                        INSERT INTO dashboard (dashboard_id, name, revision, created_at, updated_at)
                        SELECT :id, :name, :revision, :at, :at
                        WHERE NOT EXISTS (SELECT 1 FROM dashboard WHERE dashboard_id = :id)""")
                .param("id", event.dashboardId().value())
                .param("name", event.name())
                .param("revision", sequence)
                .param("at", ReadModelTime.of(event.at()))
                .update();
    }

    @EventHandler
    void on(DashboardRenamedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (claim(event.dashboardId(), sequence, at)) {
            jdbc.sql("UPDATE dashboard SET name = :name WHERE dashboard_id = :id")
                    .param("name", event.name()).param("id", event.dashboardId().value()).update();
        }
    }

    @EventHandler
    void on(WidgetAddedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (claim(event.dashboardId(), sequence, at)) {
            WidgetSpec widget = event.widget();
            jdbc.sql("""
                            INSERT INTO dashboard_widget (dashboard_id, widget_id, widget_type, title, data_source,
                                                          grid_x, grid_y, grid_w, grid_h)
                            VALUES (:id, :widget, :type, :title, :source, :x, :y, :w, :h)""")
                    .param("id", event.dashboardId().value())
                    .param("widget", widget.widgetId().value())
                    .param("type", widget.type().name())
                    .param("title", widget.binding().title())
                    .param("source", widget.binding().dataSource())
                    .param("x", widget.placement().x())
                    .param("y", widget.placement().y())
                    .param("w", widget.placement().w())
                    .param("h", widget.placement().h())
                    .update();
            writeParams(event.dashboardId(), widget.widgetId(), widget.binding());
        }
    }

    @EventHandler
    void on(WidgetMovedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (claim(event.dashboardId(), sequence, at)) {
            jdbc.sql("""
                            UPDATE dashboard_widget SET grid_x = :x, grid_y = :y, grid_w = :w, grid_h = :h
                            WHERE dashboard_id = :id AND widget_id = :widget""")
                    .param("x", event.placement().x())
                    .param("y", event.placement().y())
                    .param("w", event.placement().w())
                    .param("h", event.placement().h())
                    .param("id", event.dashboardId().value())
                    .param("widget", event.widgetId().value())
                    .update();
        }
    }

    @EventHandler
    void on(WidgetConfiguredEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (claim(event.dashboardId(), sequence, at)) {
            jdbc.sql("""
                            UPDATE dashboard_widget SET title = :title, data_source = :source
                            WHERE dashboard_id = :id AND widget_id = :widget""")
                    .param("title", event.binding().title())
                    .param("source", event.binding().dataSource())
                    .param("id", event.dashboardId().value())
                    .param("widget", event.widgetId().value())
                    .update();
            deleteParams(event.dashboardId(), event.widgetId());
            writeParams(event.dashboardId(), event.widgetId(), event.binding());
        }
    }

    @EventHandler
    void on(WidgetRemovedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (claim(event.dashboardId(), sequence, at)) {
            deleteParams(event.dashboardId(), event.widgetId());
            jdbc.sql("DELETE FROM dashboard_widget WHERE dashboard_id = :id AND widget_id = :widget")
                    .param("id", event.dashboardId().value()).param("widget", event.widgetId().value()).update();
        }
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM dashboard_widget_param").update();
        jdbc.sql("DELETE FROM dashboard_widget").update();
        jdbc.sql("DELETE FROM dashboard").update();
    }

    /** Raises the dashboard's revision to this event's; false when the event was applied before. */
    private boolean claim(DashboardId dashboardId, long sequence, Instant at) {
        return RevisionGuard.claim(jdbc, "dashboard", "dashboard_id", dashboardId.value(), sequence, at);
    }

    private void writeParams(DashboardId dashboardId, WidgetId widgetId, WidgetBinding binding) {
        binding.params().forEach((name, value) -> jdbc.sql("""
                        INSERT INTO dashboard_widget_param (dashboard_id, widget_id, param_name, param_value)
                        VALUES (:id, :widget, :name, :value)""")
                .param("id", dashboardId.value())
                .param("widget", widgetId.value())
                .param("name", name)
                .param("value", value)
                .update());
    }

    private void deleteParams(DashboardId dashboardId, WidgetId widgetId) {
        jdbc.sql("DELETE FROM dashboard_widget_param WHERE dashboard_id = :id AND widget_id = :widget")
                .param("id", dashboardId.value()).param("widget", widgetId.value()).update();
    }

}
