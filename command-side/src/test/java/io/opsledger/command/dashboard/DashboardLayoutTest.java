package io.opsledger.command.dashboard;

import io.opsledger.kernel.dashboard.AddWidgetCommand;
import io.opsledger.kernel.dashboard.CreateDashboardCommand;
import io.opsledger.kernel.dashboard.DashboardCreatedEvent;
import io.opsledger.kernel.dashboard.DashboardRule;
import io.opsledger.kernel.dashboard.GridPlacement;
import io.opsledger.kernel.dashboard.MoveWidgetCommand;
import io.opsledger.kernel.dashboard.RemoveWidgetCommand;
import io.opsledger.kernel.dashboard.RenameDashboardCommand;
import io.opsledger.kernel.dashboard.DashboardRenamedEvent;
import io.opsledger.kernel.dashboard.WidgetAddedEvent;
import io.opsledger.kernel.dashboard.WidgetBinding;
import io.opsledger.kernel.dashboard.WidgetId;
import io.opsledger.kernel.dashboard.WidgetMovedEvent;
import io.opsledger.kernel.dashboard.WidgetRemovedEvent;
import io.opsledger.kernel.dashboard.WidgetSpec;
import io.opsledger.kernel.dashboard.WidgetType;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.opsledger.command.RuleViolationMatcher.violates;
import static io.opsledger.command.dashboard.DashboardFixture.ALERTS;
import static io.opsledger.command.dashboard.DashboardFixture.ALERT_LIST;
import static io.opsledger.command.dashboard.DashboardFixture.BACKUPS;
import static io.opsledger.command.dashboard.DashboardFixture.DASHBOARD;
import static io.opsledger.command.dashboard.DashboardFixture.dashboardWithTwoWidgets;

/** Creating, renaming and laying out widgets: the grid's rules. */
class DashboardLayoutTest {

    private static final WidgetBinding CHANGES = new WidgetBinding("Recent changes", "recent-changes", Map.of("limit", "10"));

    private AggregateTestFixture<Dashboard> fixture;
    private Instant now;

    @BeforeEach
    void setUp() {
        fixture = DashboardFixture.fixture();
        now = fixture.currentTime();
    }

    private static AddWidgetCommand add(String id, WidgetType type, WidgetBinding binding, GridPlacement at) {
        return new AddWidgetCommand(DASHBOARD, new WidgetSpec(new WidgetId(id), type, binding, at), null);
    }

    @Test
    void createsADashboardWithItsFirstWidgetsAndAnswersItsRevision() {
        WidgetSpec alerts = new WidgetSpec(ALERTS, WidgetType.LIST, ALERT_LIST, new GridPlacement(0, 0, 12, 3));
        fixture.givenNoPriorActivity()
                .when(new CreateDashboardCommand(DASHBOARD, "  Operations ", List.of(alerts)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DashboardCreatedEvent(DASHBOARD, "Operations", now), new WidgetAddedEvent(DASHBOARD, alerts))
                .expectResultMessagePayload(1L);
    }

    @Test
    void rejectsADashboardWithoutName() {
        fixture.givenNoPriorActivity()
                .when(new CreateDashboardCommand(DASHBOARD, " ", List.of()))
                .expectException(violates(DashboardRule.DASHBOARD_NAME_REQUIRED));
    }

    @Test
    void rejectsInitialWidgetsThatOverlapEachOther() {
        WidgetSpec first = new WidgetSpec(ALERTS, WidgetType.LIST, ALERT_LIST, new GridPlacement(0, 0, 6, 4));
        WidgetSpec second = new WidgetSpec(new WidgetId("changes"), WidgetType.TIMELINE, CHANGES, new GridPlacement(5, 3, 4, 4));
        fixture.givenNoPriorActivity()
                .when(new CreateDashboardCommand(DASHBOARD, "Ops", List.of(first, second)))
                .expectException(violates(DashboardRule.WIDGET_OVERLAP));
    }

    @Test
    void addsAWidgetBelowTheOthers() {
        fixture.given(dashboardWithTwoWidgets(now))
                .when(add("changes", WidgetType.TIMELINE, CHANGES, new GridPlacement(0, 4, 12, 4)))
                .expectEvents(new WidgetAddedEvent(DASHBOARD, new WidgetSpec(new WidgetId("changes"), WidgetType.TIMELINE,
                        CHANGES, new GridPlacement(0, 4, 12, 4))))
                .expectResultMessagePayload(3L);
    }

    @Test
    void rejectsAWidgetOverlappingAnother() {
        fixture.given(dashboardWithTwoWidgets(now))
                .when(add("changes", WidgetType.TIMELINE, CHANGES, new GridPlacement(5, 3, 2, 2)))
                .expectException(violates(DashboardRule.WIDGET_OVERLAP));
    }

    @Test
    void rejectsAWidgetReachingPastTheTwelfthColumn() {
        fixture.given(dashboardWithTwoWidgets(now))
                .when(add("changes", WidgetType.TIMELINE, CHANGES, new GridPlacement(8, 4, 5, 2)))
                .expectException(violates(DashboardRule.WIDGET_OUTSIDE_GRID));
    }

    @Test
    void rejectsAWidgetWithoutSizeOrAtANegativeRow() {
        fixture.given(dashboardWithTwoWidgets(now))
                .when(add("changes", WidgetType.TIMELINE, CHANGES, new GridPlacement(0, -1, 3, 2)))
                .expectException(violates(DashboardRule.WIDGET_OUTSIDE_GRID));
        fixture.given(dashboardWithTwoWidgets(now))
                .when(add("changes", WidgetType.TIMELINE, CHANGES, new GridPlacement(0, 5, 0, 2)))
                .expectException(violates(DashboardRule.WIDGET_OUTSIDE_GRID));
    }

    @Test
    void rejectsAWidgetIdThatIsTaken() {
        fixture.given(dashboardWithTwoWidgets(now))
                .when(add("alerts", WidgetType.LIST, ALERT_LIST, new GridPlacement(0, 8, 6, 2)))
                .expectException(violates(DashboardRule.WIDGET_ID_TAKEN));
    }

    @Test
    void rejectsAWidgetWithoutId() {
        fixture.given(dashboardWithTwoWidgets(now))
                .when(add(" ", WidgetType.LIST, ALERT_LIST, new GridPlacement(0, 8, 6, 2)))
                .expectException(violates(DashboardRule.WIDGET_ID_REQUIRED));
    }

    @Test
    void rejectsAWidgetWithoutType() {
        fixture.given(dashboardWithTwoWidgets(now))
                .when(add("more", null, ALERT_LIST, new GridPlacement(0, 8, 6, 2)))
                .expectException(violates(DashboardRule.WIDGET_TYPE_REQUIRED));
    }

    @Test
    void rejectsAnUnknownDataSource() {
        fixture.given(dashboardWithTwoWidgets(now))
                .when(add("weather", WidgetType.COUNTER, new WidgetBinding("Weather", "weather", Map.of()),
                        new GridPlacement(0, 8, 6, 2)))
                .expectException(violates(DashboardRule.DATA_SOURCE_UNKNOWN));
    }

    @Test
    void rejectsADataSourceThatCannotFeedTheWidgetType() {
        fixture.given(dashboardWithTwoWidgets(now))
                .when(add("chart", WidgetType.TIMESERIES, ALERT_LIST, new GridPlacement(0, 8, 6, 2)))
                .expectException(violates(DashboardRule.DATA_SOURCE_TYPE_MISMATCH));
    }

    @Test
    void movesAWidgetIntoFreeSpaceAndMayShrinkInPlace() {
        fixture.given(dashboardWithTwoWidgets(now))
                .when(new MoveWidgetCommand(DASHBOARD, ALERTS, new GridPlacement(0, 0, 4, 2), 2L))
                .expectEvents(new WidgetMovedEvent(DASHBOARD, ALERTS, new GridPlacement(0, 0, 4, 2)))
                .expectResultMessagePayload(3L);
    }

    @Test
    void rejectsAMoveOntoAnotherWidget() {
        fixture.given(dashboardWithTwoWidgets(now))
                .when(new MoveWidgetCommand(DASHBOARD, ALERTS, new GridPlacement(0, 0, 7, 4), null))
                .expectException(violates(DashboardRule.WIDGET_OVERLAP));
    }

    @Test
    void rejectsAMoveOutsideTheGrid() {
        fixture.given(dashboardWithTwoWidgets(now))
                .when(new MoveWidgetCommand(DASHBOARD, ALERTS, new GridPlacement(11, 6, 2, 1), null))
                .expectException(violates(DashboardRule.WIDGET_OUTSIDE_GRID));
    }

    @Test
    void rejectsAMoveOfAnUnknownWidget() {
        fixture.given(dashboardWithTwoWidgets(now))
                .when(new MoveWidgetCommand(DASHBOARD, new WidgetId("ghost"), new GridPlacement(0, 6, 2, 1), null))
                .expectException(violates(DashboardRule.WIDGET_NOT_FOUND));
    }

    @Test
    void removesAWidgetAndFreesItsPlace() {
        fixture.given(dashboardWithTwoWidgets(now))
                .andGiven(new WidgetRemovedEvent(DASHBOARD, BACKUPS))
                .when(new MoveWidgetCommand(DASHBOARD, ALERTS, new GridPlacement(0, 0, 12, 4), null))
                .expectEvents(new WidgetMovedEvent(DASHBOARD, ALERTS, new GridPlacement(0, 0, 12, 4)));
    }

    @Test
    void rejectsRemovingAWidgetTwice() {
        fixture.given(dashboardWithTwoWidgets(now))
                .andGiven(new WidgetRemovedEvent(DASHBOARD, BACKUPS))
                .when(new RemoveWidgetCommand(DASHBOARD, BACKUPS, null))
                .expectException(violates(DashboardRule.WIDGET_NOT_FOUND));
    }

    @Test
    void renamesTheDashboard() {
        fixture.given(dashboardWithTwoWidgets(now))
                .when(new RenameDashboardCommand(DASHBOARD, "Ops wall", 2L))
                .expectEvents(new DashboardRenamedEvent(DASHBOARD, "Ops wall"))
                .expectResultMessagePayload(3L);
    }

    @Test
    void rejectsARenameToBlank() {
        fixture.given(dashboardWithTwoWidgets(now))
                .when(new RenameDashboardCommand(DASHBOARD, "", null))
                .expectException(violates(DashboardRule.DASHBOARD_NAME_REQUIRED));
    }
}
