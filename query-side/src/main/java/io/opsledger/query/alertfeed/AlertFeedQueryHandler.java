package io.opsledger.query.alertfeed;

import io.opsledger.kernel.alert.AlertPage;
import io.opsledger.kernel.alert.AlertView;
import io.opsledger.kernel.alert.FindAlertQuery;
import io.opsledger.kernel.alert.FindAlertsQuery;
import io.opsledger.kernel.alert.WatchAlertsQuery;
import io.opsledger.query.paging.KeysetCursor;
import io.opsledger.query.paging.PageRequest;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.List;

@Component
class AlertFeedQueryHandler {

    private final AlertFeedRepository repository;

    AlertFeedQueryHandler(AlertFeedRepository repository) {
        this.repository = repository;
    }

    @QueryHandler
    AlertPage handle(FindAlertsQuery query) {
        PageRequest.checkSize(query.first());
        KeysetCursor after = query.after() == null ? null : KeysetCursor.decode(AlertFeedRepository.ALERTS, query.after());
        return repository.findPage(query.status(), query.minSeverity(), query.first(), after);
    }

    @QueryHandler
    AlertView handle(FindAlertQuery query) {
        return repository.find(query.alertId()).orElse(null);
    }

    /** The initial result of the live stream: what is not resolved yet and matches the filter. */
    @QueryHandler
    List<AlertView> handle(WatchAlertsQuery query) {
        return repository.findUnresolved(query.minSeverity()).stream().filter(query::matches).toList();
    }
}
