package io.opsledger.query.dashboardlayout;

import io.opsledger.kernel.dashboard.DashboardPage;
import io.opsledger.kernel.dashboard.DashboardView;
import io.opsledger.kernel.dashboard.FindDashboardQuery;
import io.opsledger.kernel.dashboard.FindDashboardsQuery;
import io.opsledger.query.paging.KeysetCursor;
import io.opsledger.query.paging.PageRequest;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

@Component
class DashboardLayoutQueryHandler {

    private final DashboardLayoutRepository repository;

    DashboardLayoutQueryHandler(DashboardLayoutRepository repository) {
        this.repository = repository;
    }

    @QueryHandler
    DashboardPage handle(FindDashboardsQuery query) {
        PageRequest.checkSize(query.first());
        KeysetCursor after = query.after() == null ? null
                : KeysetCursor.decode(DashboardLayoutRepository.DASHBOARDS, query.after());
        return repository.findPage(query.first(), after);
    }

    @QueryHandler
    DashboardView handle(FindDashboardQuery query) {
        return repository.find(query.dashboardId()).orElse(null);
    }
}
