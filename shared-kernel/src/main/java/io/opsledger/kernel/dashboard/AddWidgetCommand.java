package io.opsledger.kernel.dashboard;

import io.opsledger.kernel.limits.Range;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AddWidgetCommand(@TargetAggregateIdentifier DashboardId dashboardId, WidgetSpec widget, @Range(min = 0, max = Long.MAX_VALUE) Long basedOnRevision)
        implements DashboardCommand {
}
