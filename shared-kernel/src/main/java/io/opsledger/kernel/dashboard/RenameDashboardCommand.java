package io.opsledger.kernel.dashboard;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RenameDashboardCommand(@TargetAggregateIdentifier DashboardId dashboardId, String name, Long basedOnRevision)
        implements DashboardCommand {
}
