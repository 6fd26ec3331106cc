package io.opsledger.kernel.dashboard;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record MoveWidgetCommand(@TargetAggregateIdentifier DashboardId dashboardId, WidgetId widgetId, GridPlacement placement,
                                Long basedOnRevision) implements DashboardCommand {
}
