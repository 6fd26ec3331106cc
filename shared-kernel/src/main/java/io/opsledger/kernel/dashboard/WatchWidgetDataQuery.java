package io.opsledger.kernel.dashboard;

import java.time.Duration;

/**
 * A live widget: its initial result is the widget's data over the last {@code window}; each update
 * is a {@link WidgetDataChanged} signal, after which the subscriber reads the data again.
 */
public record WatchWidgetDataQuery(DashboardId dashboardId, WidgetId widgetId, Duration window) {
}
