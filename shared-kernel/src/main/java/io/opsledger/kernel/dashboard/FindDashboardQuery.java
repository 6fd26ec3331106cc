package io.opsledger.kernel.dashboard;

public record FindDashboardQuery(DashboardId dashboardId) {
}
