package io.opsledger.kernel.dashboard;

import io.opsledger.kernel.limits.Range;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ConfigureWidgetCommand(@TargetAggregateIdentifier DashboardId dashboardId, WidgetId widgetId, WidgetBinding binding,
                                     @Range(min = 0, max = Long.MAX_VALUE) Long basedOnRevision) implements DashboardCommand {
}
