package io.opsledger.kernel.dashboard;

/**
 * A signal that an event this widget's data source reads has arrived. It carries no data: several
 * signals within a second collapse into one read.
 */
public record WidgetDataChanged(DashboardId dashboardId, WidgetId widgetId, String eventType) {
}
