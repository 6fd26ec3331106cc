package io.opsledger.command.dashboard;

import io.opsledger.kernel.dashboard.DashboardCreatedEvent;
import io.opsledger.kernel.dashboard.DashboardId;
import io.opsledger.kernel.dashboard.DataSourceCatalog;
import io.opsledger.kernel.dashboard.GridPlacement;
import io.opsledger.kernel.dashboard.WidgetAddedEvent;
import io.opsledger.kernel.dashboard.WidgetBinding;
import io.opsledger.kernel.dashboard.WidgetId;
import io.opsledger.kernel.dashboard.WidgetSpec;
import io.opsledger.kernel.dashboard.WidgetType;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A dashboard with an alert list at the top left and a backup counter beside it, and a fixed catalog. */
final class DashboardFixture {

    static final DashboardId DASHBOARD = new DashboardId(UUID.fromString("00000000-0000-0000-0000-00000000d001"));
    static final WidgetId ALERTS = new WidgetId("alerts");
    static final WidgetId BACKUPS = new WidgetId("backups");
    static final WidgetBinding ALERT_LIST = new WidgetBinding("Open alerts", "open-alerts", Map.of());
    static final WidgetBinding BACKUP_COUNT = new WidgetBinding("Backups", "backup-successes-24h", Map.of());

    static final DataSourceCatalog CATALOG = name -> switch (name) {
        case "open-alerts" -> Set.of(WidgetType.LIST);
        case "backup-successes-24h" -> Set.of(WidgetType.COUNTER);
        case "recent-changes" -> Set.of(WidgetType.TIMELINE, WidgetType.LIST);
        default -> Set.of();
    };

    private DashboardFixture() {
    }

    static AggregateTestFixture<Dashboard> fixture() {
        AggregateTestFixture<Dashboard> fixture = new AggregateTestFixture<>(Dashboard.class);
        fixture.registerInjectableResource(CATALOG);
        return fixture;
    }

    /** Revisions 0 (created), 1 (alerts at 0,0 6x4) and 2 (backups at 6,0 6x4). */
    static Object[] dashboardWithTwoWidgets(Instant at) {
        return new Object[]{
                new DashboardCreatedEvent(DASHBOARD, "Operations", at),
                new WidgetAddedEvent(DASHBOARD, new WidgetSpec(ALERTS, WidgetType.LIST, ALERT_LIST, new GridPlacement(0, 0, 6, 4))),
                new WidgetAddedEvent(DASHBOARD, new WidgetSpec(BACKUPS, WidgetType.COUNTER, BACKUP_COUNT, new GridPlacement(6, 0, 6, 4)))};
    }
}
