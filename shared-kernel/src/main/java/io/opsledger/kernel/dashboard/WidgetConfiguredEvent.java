package io.opsledger.kernel.dashboard;

public record WidgetConfiguredEvent(DashboardId dashboardId, WidgetId widgetId, WidgetBinding binding)
        implements DashboardEvent {
}
