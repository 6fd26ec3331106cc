package io.opsledger.kernel.dashboard;

import io.opsledger.kernel.limits.Range;
import io.opsledger.kernel.limits.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RenameDashboardCommand(@TargetAggregateIdentifier DashboardId dashboardId, @Text(max = 200, required = true) String name, @Range(min = 0, max = Long.MAX_VALUE) Long basedOnRevision)
        implements DashboardCommand {
}
