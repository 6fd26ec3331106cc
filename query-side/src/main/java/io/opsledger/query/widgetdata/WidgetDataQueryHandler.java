package io.opsledger.query.widgetdata;

import io.opsledger.kernel.dashboard.DashboardId;
import io.opsledger.kernel.dashboard.FindWidgetDataQuery;
import io.opsledger.kernel.dashboard.TimeRange;
import io.opsledger.kernel.dashboard.WatchWidgetDataQuery;
import io.opsledger.kernel.dashboard.WidgetData;
import io.opsledger.kernel.dashboard.WidgetId;
import io.opsledger.query.dashboardlayout.DashboardLayoutRepository;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

@Component
class WidgetDataQueryHandler {

    static final Duration DEFAULT_WINDOW = Duration.ofHours(24);

    private final DashboardLayoutRepository dashboards;
    private final WidgetDataSources sources;
    private final Clock clock = Clock.systemUTC();

    WidgetDataQueryHandler(DashboardLayoutRepository dashboards, WidgetDataSources sources) {
        this.dashboards = dashboards;
        this.sources = sources;
    }

    @QueryHandler
    WidgetData handle(FindWidgetDataQuery query) {
        TimeRange range = query.range() == null ? TimeRange.last(DEFAULT_WINDOW, clock.instant()) : query.range();
        return load(query.dashboardId(), query.widgetId(), range);
    }

    /** The initial result of a live widget: its data over the last window, ending now. */
    @QueryHandler
    WidgetData handle(WatchWidgetDataQuery query) {
        Duration window = query.window() == null ? DEFAULT_WINDOW : query.window();
        return load(query.dashboardId(), query.widgetId(), TimeRange.last(window, clock.instant()));
    }

    private WidgetData load(DashboardId dashboardId, WidgetId widgetId, TimeRange range) {
        return dashboards.findWidget(dashboardId, widgetId)
                .map(widget -> sources.load(widget.dataSource(), widget.type(), widget.params(), range)
                        .of(widget.id(), widget.dataSource(), range))
                .orElse(null);
    }
}
