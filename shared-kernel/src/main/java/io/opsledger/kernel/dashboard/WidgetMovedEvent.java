package io.opsledger.kernel.dashboard;

public record WidgetMovedEvent(DashboardId dashboardId, WidgetId widgetId, GridPlacement placement)
        implements DashboardEvent {
}
