package io.opsledger.api.dashboard;

import io.opsledger.api.graphql.UserError;
import io.opsledger.api.graphql.UserErrors;
import io.opsledger.kernel.CommonRule;
import io.opsledger.kernel.dashboard.CreateDashboardCommand;
import io.opsledger.kernel.dashboard.DashboardId;
import io.opsledger.kernel.dashboard.GridPlacement;
import io.opsledger.kernel.dashboard.WidgetBinding;
import io.opsledger.kernel.dashboard.WidgetId;
import io.opsledger.kernel.dashboard.WidgetSpec;
import io.opsledger.kernel.dashboard.WidgetType;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Creates the "Operations" dashboard on the first start. Its id is fixed, so every later start, and
 * every other instance starting at the same time, is refused as a duplicate, which is the point.
 */
@Component
class OperationsDashboard {

    private static final Logger log = LoggerFactory.getLogger(OperationsDashboard.class);

    static final List<WidgetSpec> WIDGETS = List.of(
            widget("open-alerts", WidgetType.LIST, "Open alerts", "open-alerts", 0, 0, 6, 4),
            widget("backup-successes", WidgetType.COUNTER, "Backups succeeded (24 h)", "backup-successes-24h", 6, 0, 3, 2),
            widget("plan-progress", WidgetType.COUNTER, "Plan progress (%)", "plan-progress", 9, 0, 3, 2),
            widget("pipeline-runs", WidgetType.TIMESERIES, "Pipeline runs by state", "pipeline-runs-by-state", 6, 2, 6, 4),
            widget("recent-changes", WidgetType.TIMELINE, "Recent changes", "recent-changes", 0, 4, 6, 4));

    private final CommandGateway commands;

    OperationsDashboard(CommandGateway commands) {
        this.commands = commands;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createOnFirstStart() {
        try {
            commands.sendAndWait(new CreateDashboardCommand(DashboardId.OPERATIONS, "Operations", WIDGETS));
            log.info("Created the Operations dashboard {}", DashboardId.OPERATIONS);
        } catch (RuntimeException failure) {
            boolean exists = UserErrors.from(failure, "Dashboard", DashboardId.OPERATIONS.toString())
                    .filter(error -> error instanceof UserError.ValidationError validation
                            && CommonRule.ID_ALREADY_USED.name().equals(validation.rule()))
                    .isPresent();
            if (!exists) {
                // The application serves without it; the failure is worth a look but not a refused start.
                log.warn("Could not create the Operations dashboard", failure);
            }
        }
    }

    private static WidgetSpec widget(String id, WidgetType type, String title, String source, int x, int y, int w, int h) {
        return new WidgetSpec(new WidgetId(id), type, new WidgetBinding(title, source, Map.of()), new GridPlacement(x, y, w, h));
    }
}
