package io.opsledger.kernel.dashboard;

public record WidgetRemovedEvent(DashboardId dashboardId, WidgetId widgetId) implements DashboardEvent {
}
