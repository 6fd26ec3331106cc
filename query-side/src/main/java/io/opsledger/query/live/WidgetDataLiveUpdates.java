package io.opsledger.query.live;

import io.opsledger.kernel.dashboard.DashboardEvent;
import io.opsledger.kernel.dashboard.WatchWidgetDataQuery;
import io.opsledger.kernel.dashboard.WidgetDataChanged;
import io.opsledger.query.dashboardlayout.DashboardLayoutRepository;
import io.opsledger.query.widgetdata.WidgetDataSources;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * Tells this instance's live widgets that an event their data source reads has arrived, or that
 * their dashboard changed. Only a signal: the subscriber reloads the data, at most once a second,
 * which also gives the projection that feeds the data source time to apply the event.
 */
@Component
@ProcessingGroup(LiveUpdates.PROCESSING_GROUP)
@DisallowReplay
class WidgetDataLiveUpdates {

    private final QueryUpdateEmitter emitter;
    private final DashboardLayoutRepository dashboards;
    private final WidgetDataSources sources;
    private final Executor delivery;

    @Autowired
    WidgetDataLiveUpdates(QueryUpdateEmitter emitter, DashboardLayoutRepository dashboards, WidgetDataSources sources,
                          LiveDeliveryPool pool) {
        this(emitter, dashboards, sources, (Executor) pool);
    }

    /** With the executor that reads the widgets and emits the signals: the delivery pool, or the caller's thread in tests. */
    WidgetDataLiveUpdates(QueryUpdateEmitter emitter, DashboardLayoutRepository dashboards, WidgetDataSources sources,
                          Executor delivery) {
        this.emitter = emitter;
        this.dashboards = dashboards;
        this.sources = sources;
        this.delivery = delivery;
    }

    @EventHandler
    void on(Object event) {
        Set<WatchWidgetDataQuery> watched = new LinkedHashSet<>();
        emitter.activeSubscriptions().forEach(subscription -> {
            if (subscription.getPayload() instanceof WatchWidgetDataQuery watch) {
                watched.add(new WatchWidgetDataQuery(watch.dashboardId(), watch.widgetId(), null));
            }
        });
        if (!watched.isEmpty()) {
            // Which widget reads which source is a read of the layout: done on the delivery pool, not here.
            delivery.execute(() -> signal(event, watched));
        }
    }

    private void signal(Object event, Set<WatchWidgetDataQuery> watched) {
        for (WatchWidgetDataQuery watch : watched) {
            boolean relevant = event instanceof DashboardEvent changed && changed.dashboardId().equals(watch.dashboardId())
                    || dashboards.findWidget(watch.dashboardId(), watch.widgetId())
                    .map(widget -> sources.isRelevant(widget.dataSource(), event.getClass()))
                    .orElse(false);
            if (relevant) {
                emitter.emit(WatchWidgetDataQuery.class,
                        query -> query.dashboardId().equals(watch.dashboardId()) && query.widgetId().equals(watch.widgetId()),
                        new WidgetDataChanged(watch.dashboardId(), watch.widgetId(), event.getClass().getSimpleName()));
            }
        }
    }
}
