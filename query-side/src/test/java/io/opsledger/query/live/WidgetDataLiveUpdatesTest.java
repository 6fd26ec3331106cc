package io.opsledger.query.live;

import io.opsledger.kernel.alert.AlertId;
import io.opsledger.kernel.alert.AlertKind;
import io.opsledger.kernel.alert.AlertRaisedEvent;
import io.opsledger.kernel.alert.AlertSeverity;
import io.opsledger.kernel.alert.AlertStreamId;
import io.opsledger.kernel.dashboard.DashboardId;
import io.opsledger.kernel.dashboard.DashboardRenamedEvent;
import io.opsledger.kernel.dashboard.GridPlacement;
import io.opsledger.kernel.dashboard.WatchWidgetDataQuery;
import io.opsledger.kernel.dashboard.WidgetAddedEvent;
import io.opsledger.kernel.dashboard.WidgetBinding;
import io.opsledger.kernel.dashboard.WidgetData;
import io.opsledger.kernel.dashboard.WidgetDataChanged;
import io.opsledger.kernel.dashboard.WidgetId;
import io.opsledger.kernel.dashboard.WidgetSpec;
import io.opsledger.kernel.dashboard.WidgetType;
import io.opsledger.kernel.plan.PlanId;
import io.opsledger.kernel.plan.PlanRenamedEvent;
import io.opsledger.query.dashboardlayout.DashboardLayoutTestDatabase;
import io.opsledger.query.widgetdata.WidgetDataSourcesForTest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryUpdateMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Live widgets are told about the events their data source reads and about their dashboard's changes, nothing else. */
class WidgetDataLiveUpdatesTest {

    private static final DashboardId DASHBOARD = new DashboardId(UUID.randomUUID());
    private static final WidgetId ALERTS = new WidgetId("alerts");
    private static final Instant AT = Instant.parse("2026-11-21T09:30:00Z");

    @Test
    void signalsAWatchedWidgetForItsSourcesEventsAndItsDashboardsChangesOnly() {
        var jdbc = DashboardLayoutTestDatabase.withDashboard(DASHBOARD,
                new WidgetAddedEvent(DASHBOARD, new WidgetSpec(ALERTS, WidgetType.LIST,
                        new WidgetBinding("Alerts", "open-alerts", Map.of()), new GridPlacement(0, 0, 6, 4))));
        var sources = WidgetDataSourcesForTest.openAlertsOnly(jdbc);
        SimpleQueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
        var watch = new WatchWidgetDataQuery(DASHBOARD, ALERTS, Duration.ofHours(1));
        var registration = emitter.registerUpdateHandler(new GenericSubscriptionQueryMessage<>(watch,
                ResponseTypes.instanceOf(WidgetData.class), ResponseTypes.instanceOf(WidgetDataChanged.class)), 16);
        WidgetDataLiveUpdates live = new WidgetDataLiveUpdates(emitter, DashboardLayoutTestDatabase.repository(jdbc), sources,
                Runnable::run);

        live.on(new PlanRenamedEvent(new PlanId(UUID.randomUUID()), "Unrelated"));
        live.on(new AlertRaisedEvent(AlertStreamId.forKey("k"), new AlertId(UUID.randomUUID()), "k", AlertKind.MANUAL,
                AlertSeverity.WARNING, "Pump", null, null, null, AT));
        live.on(new DashboardRenamedEvent(new DashboardId(UUID.randomUUID()), "Another dashboard"));
        live.on(new DashboardRenamedEvent(DASHBOARD, "Renamed"));
        registration.complete();

        List<Object> signals = registration.getUpdates().map(SubscriptionQueryUpdateMessage::getPayload)
                .collectList().block(Duration.ofSeconds(5)).stream().map(Object.class::cast).toList();
        assertThat(signals).containsExactly(new WidgetDataChanged(DASHBOARD, ALERTS, "AlertRaisedEvent"),
                new WidgetDataChanged(DASHBOARD, ALERTS, "DashboardRenamedEvent"));
    }
}
