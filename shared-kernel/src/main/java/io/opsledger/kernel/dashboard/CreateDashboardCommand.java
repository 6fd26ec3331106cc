package io.opsledger.kernel.dashboard;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Creates a dashboard, with its first widgets if any, all checked as addWidget would check them. */
public record CreateDashboardCommand(@TargetAggregateIdentifier DashboardId dashboardId, String name, List<WidgetSpec> widgets)
        implements DashboardCommand {

    public CreateDashboardCommand {
        widgets = widgets == null ? List.of() : List.copyOf(widgets);
    }
}
