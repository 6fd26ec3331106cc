package io.opsledger.kernel.dashboard;

/** The data of one widget over a window; answered with {@link WidgetData}, or null for an unknown widget. */
public record FindWidgetDataQuery(DashboardId dashboardId, WidgetId widgetId, TimeRange range) {
}
