package io.opsledger.kernel.dashboard;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AddWidgetCommand(@TargetAggregateIdentifier DashboardId dashboardId, WidgetSpec widget, Long basedOnRevision)
        implements DashboardCommand {
}
