package io.opsledger.command.dashboard;

import io.opsledger.command.snapshot.SnapshotRoundTrip;
import io.opsledger.kernel.dashboard.DashboardRenamedEvent;
import io.opsledger.kernel.dashboard.GridPlacement;
import io.opsledger.kernel.dashboard.WidgetBinding;
import io.opsledger.kernel.dashboard.WidgetConfiguredEvent;
import io.opsledger.kernel.dashboard.WidgetMovedEvent;
import io.opsledger.kernel.dashboard.WidgetRemovedEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.opsledger.command.dashboard.DashboardFixture.ALERTS;
import static io.opsledger.command.dashboard.DashboardFixture.BACKUPS;
import static io.opsledger.command.dashboard.DashboardFixture.DASHBOARD;
import static io.opsledger.command.dashboard.DashboardFixture.dashboardWithTwoWidgets;

/** A dashboard restored from a snapshot holds what a full replay builds: its widgets, bindings and places. */
class DashboardSnapshotTest {

    @Test
    void aSnapshotRestoresEveryFieldAFullReplayBuilds() {
        List<Object> history = new ArrayList<>(List.of(dashboardWithTwoWidgets(Instant.parse("2026-11-02T02:00:00Z"))));
        history.add(new DashboardRenamedEvent(DASHBOARD, "Night shift"));
        history.add(new WidgetMovedEvent(DASHBOARD, ALERTS, new GridPlacement(0, 4, 12, 4)));
        history.add(new WidgetConfiguredEvent(DASHBOARD, BACKUPS,
                new WidgetBinding("Backups", "backup-successes-24h", Map.of("job", "db01"))));
        List<Object> after = List.of(new WidgetRemovedEvent(DASHBOARD, ALERTS));

        SnapshotRoundTrip.assertSnapshotRestoresState(Dashboard.class, DASHBOARD.toString(), history, after);
    }
}
