package io.opsledger.kernel.dashboard;

public record DashboardRenamedEvent(DashboardId dashboardId, String name) implements DashboardEvent {
}
