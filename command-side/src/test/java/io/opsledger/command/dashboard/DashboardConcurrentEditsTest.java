package io.opsledger.command.dashboard;

import io.opsledger.kernel.dashboard.ConfigureWidgetCommand;
import io.opsledger.kernel.dashboard.DashboardRenamedEvent;
import io.opsledger.kernel.dashboard.DashboardRule;
import io.opsledger.kernel.dashboard.GridPlacement;
import io.opsledger.kernel.dashboard.MoveWidgetCommand;
import io.opsledger.kernel.dashboard.RemoveWidgetCommand;
import io.opsledger.kernel.dashboard.RenameDashboardCommand;
import io.opsledger.kernel.dashboard.WidgetBinding;
import io.opsledger.kernel.dashboard.WidgetConfiguredEvent;
import io.opsledger.kernel.dashboard.WidgetMovedEvent;
import io.opsledger.kernel.dashboard.WidgetRemovedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static io.opsledger.command.RuleViolationMatcher.violates;
import static io.opsledger.command.dashboard.DashboardFixture.ALERTS;
import static io.opsledger.command.dashboard.DashboardFixture.BACKUPS;
import static io.opsledger.command.dashboard.DashboardFixture.DASHBOARD;
import static io.opsledger.command.dashboard.DashboardFixture.dashboardWithTwoWidgets;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

/** Two editors based on revision 2: edits of different widgets merge, edits of the same widget do not. */
class DashboardConcurrentEditsTest {

    private AggregateTestFixture<Dashboard> fixture;
    private Instant now;

    @BeforeEach
    void setUp() {
        fixture = DashboardFixture.fixture();
        now = fixture.currentTime();
    }

    @Test
    void aMoveOfAnotherWidgetMergesWithAMoveMadeMeanwhile() {
        fixture.given(dashboardWithTwoWidgets(now))
                .andGiven(new WidgetMovedEvent(DASHBOARD, ALERTS, new GridPlacement(0, 0, 3, 4)))
                .when(new MoveWidgetCommand(DASHBOARD, BACKUPS, new GridPlacement(3, 0, 9, 4), 2L))
                .expectEvents(new WidgetMovedEvent(DASHBOARD, BACKUPS, new GridPlacement(3, 0, 9, 4)))
                .expectResultMessagePayload(4L);
    }

    @Test
    void aMoveOfAWidgetMovedMeanwhileIsRejectedNamingBothPlaces() {
        fixture.given(dashboardWithTwoWidgets(now))
                .andGiven(new WidgetMovedEvent(DASHBOARD, ALERTS, new GridPlacement(0, 0, 3, 4)))
                .when(new MoveWidgetCommand(DASHBOARD, ALERTS, new GridPlacement(0, 4, 6, 4), 2L))
                .expectException(violates(DashboardRule.WIDGET_CHANGED_MEANWHILE))
                .expectExceptionMessage(allOf(containsString("(x=0, y=0, w=3, h=4)"), containsString("(x=0, y=4, w=6, h=4)"),
                        containsString("revision 3"), containsString("revision 2")));
    }

    @Test
    void aConfigurationOfAWidgetMovedMeanwhileIsRejected() {
        fixture.given(dashboardWithTwoWidgets(now))
                .andGiven(new WidgetMovedEvent(DASHBOARD, ALERTS, new GridPlacement(0, 0, 3, 4)))
                .when(new ConfigureWidgetCommand(DASHBOARD, ALERTS, new WidgetBinding("Critical", "open-alerts",
                        Map.of("minSeverity", "CRITICAL")), 2L))
                .expectException(violates(DashboardRule.WIDGET_CHANGED_MEANWHILE));
    }

    @Test
    void aConfigurationOfAnUntouchedWidgetMerges() {
        WidgetBinding critical = new WidgetBinding("Critical", "open-alerts", Map.of("minSeverity", "CRITICAL"));
        fixture.given(dashboardWithTwoWidgets(now))
                .andGiven(new WidgetMovedEvent(DASHBOARD, BACKUPS, new GridPlacement(6, 0, 3, 4)))
                .when(new ConfigureWidgetCommand(DASHBOARD, ALERTS, critical, 2L))
                .expectEvents(new WidgetConfiguredEvent(DASHBOARD, ALERTS, critical));
    }

    @Test
    void aConfigurationWithAnUnknownDataSourceIsRejected() {
        fixture.given(dashboardWithTwoWidgets(now))
                .when(new ConfigureWidgetCommand(DASHBOARD, ALERTS, new WidgetBinding("x", "nowhere", Map.of()), null))
                .expectException(violates(DashboardRule.DATA_SOURCE_UNKNOWN));
    }

    @Test
    void removingAWidgetConfiguredMeanwhileIsRejected() {
        fixture.given(dashboardWithTwoWidgets(now))
                .andGiven(new WidgetConfiguredEvent(DASHBOARD, BACKUPS, new WidgetBinding("Backups", "backup-successes-24h",
                        Map.of("hours", "48"))))
                .when(new RemoveWidgetCommand(DASHBOARD, BACKUPS, 2L))
                .expectException(violates(DashboardRule.WIDGET_CHANGED_MEANWHILE));
    }

    @Test
    void removingAnotherWidgetMerges() {
        fixture.given(dashboardWithTwoWidgets(now))
                .andGiven(new WidgetMovedEvent(DASHBOARD, ALERTS, new GridPlacement(0, 0, 3, 4)))
                .when(new RemoveWidgetCommand(DASHBOARD, BACKUPS, 2L))
                .expectEvents(new WidgetRemovedEvent(DASHBOARD, BACKUPS));
    }

    @Test
    void aRenameBasedOnAnOlderNameIsRejectedNamingBothNames() {
        fixture.given(dashboardWithTwoWidgets(now))
                .andGiven(new DashboardRenamedEvent(DASHBOARD, "Wall"))
                .when(new RenameDashboardCommand(DASHBOARD, "Ops", 2L))
                .expectException(violates(DashboardRule.NAME_CHANGED_MEANWHILE))
                .expectExceptionMessage(allOf(containsString("\"Wall\""), containsString("\"Ops\"")));
    }

    @Test
    void aRenameAfterWidgetEditsMerges() {
        fixture.given(dashboardWithTwoWidgets(now))
                .andGiven(new WidgetMovedEvent(DASHBOARD, ALERTS, new GridPlacement(0, 0, 3, 4)))
                .when(new RenameDashboardCommand(DASHBOARD, "Ops", 2L))
                .expectEvents(new DashboardRenamedEvent(DASHBOARD, "Ops"));
    }
}
