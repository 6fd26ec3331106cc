package io.opsledger.query.dashboardlayout;

import io.opsledger.kernel.dashboard.DashboardCreatedEvent;
import io.opsledger.kernel.dashboard.DashboardEvent;
import io.opsledger.kernel.dashboard.DashboardId;
import io.opsledger.kernel.dashboard.DashboardView;
import io.opsledger.kernel.dashboard.GridPlacement;
import io.opsledger.kernel.dashboard.WidgetAddedEvent;
import io.opsledger.kernel.dashboard.WidgetBinding;
import io.opsledger.kernel.dashboard.WidgetConfiguredEvent;
import io.opsledger.kernel.dashboard.WidgetId;
import io.opsledger.kernel.dashboard.WidgetMovedEvent;
import io.opsledger.kernel.dashboard.WidgetSpec;
import io.opsledger.kernel.dashboard.WidgetType;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The layout projection on H2 in PostgreSQL mode: every event lands once, a replayed one changes nothing. */
class DashboardLayoutProjectionTest {

    private static final DashboardId DASHBOARD = new DashboardId(UUID.randomUUID());
    private static final WidgetId ALERTS = new WidgetId("alerts");
    private static final Instant AT = Instant.parse("2026-11-21T09:30:00Z");

    private JdbcClient jdbc;
    private DashboardLayoutProjection projection;
    private DashboardLayoutRepository repository;

    @BeforeEach
    void setUp() {
        jdbc = DashboardLayoutTestDatabase.empty();
        projection = new DashboardLayoutProjection(jdbc);
        repository = new DashboardLayoutRepository(jdbc);
    }

    @Test
    void handlesEveryDashboardEvent() {
        Set<Class<?>> handled = Arrays.stream(DashboardLayoutProjection.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(EventHandler.class))
                .map(Method::getParameterTypes)
                .map(parameters -> parameters[0])
                .collect(Collectors.toSet());
        assertThat(handled).containsExactlyInAnyOrder(DashboardEvent.class.getPermittedSubclasses());
    }

    @Test
    void keepsWidgetsWithTheirParametersAndIgnoresAReplayedEvent() {
        WidgetAddedEvent added = new WidgetAddedEvent(DASHBOARD, new WidgetSpec(ALERTS, WidgetType.LIST,
                new WidgetBinding("Open alerts", "open-alerts", Map.of("limit", "5")), new GridPlacement(0, 0, 6, 4)));
        projection.on(new DashboardCreatedEvent(DASHBOARD, "Operations", AT), 0);
        projection.on(added, 1, AT);
        projection.on(new WidgetMovedEvent(DASHBOARD, ALERTS, new GridPlacement(0, 2, 4, 4)), 2, AT);
        projection.on(new WidgetConfiguredEvent(DASHBOARD, ALERTS,
                new WidgetBinding("Critical", "open-alerts", Map.of("minSeverity", "CRITICAL"))), 3, AT);
        projection.on(added, 1, AT);

        DashboardView dashboard = repository.find(DASHBOARD).orElseThrow();
        assertThat(dashboard.revision()).isEqualTo(3);
        assertThat(dashboard.widgets()).containsExactly(new DashboardView.Widget("alerts", WidgetType.LIST, "Critical",
                "open-alerts", Map.of("minSeverity", "CRITICAL"), 0, 2, 4, 4));
    }
}
