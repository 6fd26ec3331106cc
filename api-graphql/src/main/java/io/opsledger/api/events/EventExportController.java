package io.opsledger.api.events;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * {@code GET /api/v1/events/export?from=&to=&entity=}: the event stream as NDJSON. Pages are read
 * only as the client takes them (demand-driven), so memory stays constant whatever the size.
 */
@RestController
class EventExportController {

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    /** JDBC reads on threads that a client going away never interrupts (an interrupted H2 read closes the database). */
    private static final Scheduler READS = Schedulers.fromExecutor(Executors.newCachedThreadPool(
            Thread.ofPlatform().name("event-export-", 0).daemon().factory()));

    private final EventTable table;
    private final DataBufferFactory buffers = DefaultDataBufferFactory.sharedInstance;

    EventExportController(DataSource dataSource) {
        this.table = new EventTable(dataSource);
    }

    @GetMapping(path = "/api/v1/events/export")
    ResponseEntity<Flux<DataBuffer>> export(@RequestParam(required = false) String from,
                                            @RequestParam(required = false) String to,
                                            @RequestParam(required = false) String entity) {
        EventRange range;
        try {
            range = EventRange.parse(from, to, entity);
        } catch (IllegalArgumentException invalid) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.TEXT_PLAIN)
                    .body(Flux.just(buffers.wrap((invalid.getMessage() + "\n").getBytes(StandardCharsets.UTF_8))));
        }
        Flux<DataBuffer> lines = Flux.<List<StoredEvent>, Long>generate(() -> range.fromPosition() - 1, (after, sink) -> {
                    List<StoredEvent> page = table.page(after, range, EventStreamCopy.PAGE);
                    if (page.isEmpty()) {
                        sink.complete();
                        return after;
                    }
                    sink.next(page);
                    return page.getLast().globalIndex();
                })
                .map(page -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    page.stream().filter(range::includes).forEach(event -> out.writeBytes(EventNdjson.line(event)));
                    return buffers.wrap(out.toByteArray());
                })
                .subscribeOn(READS);
        return ResponseEntity.ok().contentType(NDJSON).body(lines);
    }
}
