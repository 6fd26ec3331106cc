package io.opsledger.kernel.dashboard;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RemoveWidgetCommand(@TargetAggregateIdentifier DashboardId dashboardId, WidgetId widgetId, Long basedOnRevision)
        implements DashboardCommand {
}
