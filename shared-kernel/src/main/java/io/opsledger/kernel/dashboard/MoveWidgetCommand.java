package io.opsledger.kernel.dashboard;

import io.opsledger.kernel.limits.Range;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record MoveWidgetCommand(@TargetAggregateIdentifier DashboardId dashboardId, WidgetId widgetId, GridPlacement placement,
                                @Range(min = 0, max = Long.MAX_VALUE) Long basedOnRevision) implements DashboardCommand {
}
