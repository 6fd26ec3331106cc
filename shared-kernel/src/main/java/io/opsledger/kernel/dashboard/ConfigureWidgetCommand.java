package io.opsledger.kernel.dashboard;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ConfigureWidgetCommand(@TargetAggregateIdentifier DashboardId dashboardId, WidgetId widgetId, WidgetBinding binding,
                                     Long basedOnRevision) implements DashboardCommand {
}
