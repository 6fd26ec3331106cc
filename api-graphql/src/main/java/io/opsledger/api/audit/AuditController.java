package io.opsledger.api.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opsledger.api.audit.AuditViews.AuditEventConnection;
import io.opsledger.api.audit.AuditViews.AuditEventEdge;
import io.opsledger.api.audit.AuditViews.EntityDiff;
import io.opsledger.api.audit.AuditViews.EntitySnapshot;
import io.opsledger.api.graphql.PageInfo;
import io.opsledger.api.messaging.BlockingWork;
import io.opsledger.api.messaging.Queries;
import io.opsledger.kernel.audit.AuditedEvent;
import io.opsledger.kernel.audit.AuditedEventPage;
import io.opsledger.kernel.audit.FindCorrelatedEventsQuery;
import io.opsledger.kernel.audit.FindEntityHistoryQuery;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

@Controller
class AuditController {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Queries queries;
    private final EntityAudit audit;
    /** Replays read the event store with JDBC: off the event loop, never interrupted (H2 closes on interrupts). */
    private final BlockingWork blocking;

    AuditController(Queries queries, EntityAudit audit, BlockingWork blocking) {
        this.blocking = blocking;
        this.queries = queries;
        this.audit = audit;
    }

    @QueryMapping
    Mono<AuditEventConnection> entityHistory(@Argument String id, @Argument int first, @Argument String after) {
        long afterSequence = after == null ? -1 : Cursor.decode("history", after);
        return queries.query(new FindEntityHistoryQuery(id, afterSequence, first), AuditedEventPage.class)
                .map(page -> connection(page, "history", AuditedEvent::sequenceNumber));
    }

    @QueryMapping
    Mono<AuditEventConnection> correlated(@Argument String correlationId, @Argument int first, @Argument String after) {
        long afterPosition = after == null ? -1 : Cursor.decode("correlated", after);
        return queries.query(new FindCorrelatedEventsQuery(correlationId, afterPosition, first), AuditedEventPage.class)
                .map(page -> connection(page, "correlated", AuditedEvent::globalPosition));
    }

    @QueryMapping
    Mono<EntitySnapshot> entityAt(@Argument String id, @Argument Instant at) {
        return blocking.call(() -> audit.at(id, at).orElse(null));
    }

    @QueryMapping
    Mono<EntityDiff> entityDiff(@Argument String id, @Argument Instant from, @Argument Instant to) {
        return blocking.call(() -> audit.diff(id, from, to).orElse(null));
    }

    @SchemaMapping(typeName = "AuditEvent", field = "payload")
    JsonNode payload(AuditedEvent event) throws java.io.IOException {
        return JSON.readTree(event.payloadJson());
    }

    private static AuditEventConnection connection(AuditedEventPage page, String kind, Function<AuditedEvent, Long> key) {
        List<AuditEventEdge> edges = page.events().stream()
                .map(event -> new AuditEventEdge(Cursor.encode(kind, key.apply(event)), event)).toList();
        return new AuditEventConnection(edges, PageInfo.of(edges, AuditEventEdge::cursor, page.hasNextPage(), false));
    }

    /** Opaque cursors naming their list, so that one list's cursor is refused by another. */
    private static final class Cursor {

        static String encode(String kind, long position) {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((kind + ":" + position).getBytes(StandardCharsets.UTF_8));
        }

        static long decode(String kind, String cursor) {
            try {
                String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                if (!raw.startsWith(kind + ":")) {
                    throw new IllegalArgumentException("not a " + kind + " cursor");
                }
                return Long.parseLong(raw.substring(kind.length() + 1));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("after: '" + cursor + "' is not a cursor returned by this list", e);
            }
        }
    }
}
