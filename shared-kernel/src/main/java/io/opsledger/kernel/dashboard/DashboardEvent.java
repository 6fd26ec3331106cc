package io.opsledger.kernel.dashboard;

/** Every event of a dashboard's life. */
public sealed interface DashboardEvent permits DashboardCreatedEvent, DashboardRenamedEvent, WidgetAddedEvent,
        WidgetMovedEvent, WidgetRemovedEvent, WidgetConfiguredEvent {

    DashboardId dashboardId();
}
