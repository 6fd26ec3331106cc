package io.opsledger.kernel.dashboard;

public record WidgetAddedEvent(DashboardId dashboardId, WidgetSpec widget) implements DashboardEvent {
}
