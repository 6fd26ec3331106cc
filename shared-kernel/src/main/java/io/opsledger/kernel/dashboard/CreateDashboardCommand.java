package io.opsledger.kernel.dashboard;

import io.opsledger.kernel.limits.Items;
import io.opsledger.kernel.limits.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Creates a dashboard, with its first widgets if any, all checked as addWidget would check them. */
public record CreateDashboardCommand(@TargetAggregateIdentifier DashboardId dashboardId, @Text(max = 200, required = true) String name, @Items(max = 200) List<WidgetSpec> widgets)
        implements DashboardCommand {

    public CreateDashboardCommand {
        widgets = widgets == null ? List.of() : List.copyOf(widgets);
    }
}
