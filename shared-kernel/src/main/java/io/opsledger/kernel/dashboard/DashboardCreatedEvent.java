package io.opsledger.kernel.dashboard;

import java.time.Instant;

public record DashboardCreatedEvent(DashboardId dashboardId, String name, Instant at) implements DashboardEvent {
}
