package io.opsledger.kernel.dashboard;

/** Every command to a dashboard. {@code basedOnRevision} is the revision the client saw, or null. */
public sealed interface DashboardCommand permits CreateDashboardCommand, RenameDashboardCommand, AddWidgetCommand,
        MoveWidgetCommand, RemoveWidgetCommand, ConfigureWidgetCommand {

    DashboardId dashboardId();
}
