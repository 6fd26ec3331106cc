package io.opsledger.query.audit;

import io.opsledger.kernel.audit.AuditedEvent;
import io.opsledger.kernel.audit.AuditedEventPage;
import io.opsledger.kernel.audit.FindCorrelatedEventsQuery;
import io.opsledger.kernel.audit.FindEntityHistoryQuery;
import io.opsledger.query.paging.PageRequest;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.List;

/** Answers the audit's list queries, one page at a time (the API limits their size). */
@Component
class AuditQueryHandler {

    private final EventLogReader reader;

    AuditQueryHandler(EventLogReader reader) {
        this.reader = reader;
    }

    @QueryHandler
    AuditedEventPage handle(FindEntityHistoryQuery query) {
        PageRequest.checkSize(query.limit());
        return page(reader.entityEvents(query.entityId(), query.afterSequence(), query.limit() + 1), query.limit());
    }

    @QueryHandler
    AuditedEventPage handle(FindCorrelatedEventsQuery query) {
        PageRequest.checkSize(query.limit());
        return page(reader.correlatedEvents(query.correlationId(), query.afterPosition(), query.limit() + 1),
                query.limit());
    }

    private static AuditedEventPage page(List<AuditedEvent> fetched, int limit) {
        boolean more = fetched.size() > limit;
        return new AuditedEventPage(more ? fetched.subList(0, limit) : fetched, more);
    }
}
