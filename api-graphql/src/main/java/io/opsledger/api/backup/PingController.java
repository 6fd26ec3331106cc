package io.opsledger.api.backup;

import io.opsledger.api.graphql.UserErrors;
import io.opsledger.api.messaging.CommandDispatcher;
import io.opsledger.api.messaging.RequestOrigin;
import io.opsledger.kernel.backup.BackupJobId;
import io.opsledger.kernel.backup.BackupRunId;
import io.opsledger.kernel.backup.LogExcerpt;
import io.opsledger.kernel.backup.RecordBackupFailureCommand;
import io.opsledger.kernel.backup.RecordBackupLogCommand;
import io.opsledger.kernel.backup.RecordBackupSuccessCommand;
import io.opsledger.kernel.backup.RunOrigin;
import io.opsledger.kernel.backup.StartBackupRunCommand;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

/**
 * Healthchecks.io's ping API, so that scripts written for it (cron one-liners with curl,
 * borgmatic's and restic wrappers' hooks) report to Opsledger unchanged: {@code /ping/{uuid}}
 * (success), {@code /start}, {@code /fail}, {@code /{exit-status}} (0 success, 1-255 failure),
 * {@code /log}, by GET, POST or HEAD. Answers 200 {@code OK}, or 404 {@code not found} for an
 * unknown UUID. A request body is the run's log, kept up to 100 kB and marked when cut; only
 * that much is held in memory, however long the body. As in Healthchecks, a success or failure
 * ends the latest started run (its duration is known), or the run named by {@code ?rid=}.
 */
@RestController
@RequestMapping(path = "/ping/{uuid}", method = {RequestMethod.GET, RequestMethod.POST, RequestMethod.HEAD})
class PingController {

    private static final String PRINCIPAL = "ping";

    private final BackupReader reader;
    private final CommandDispatcher commands;

    PingController(BackupReader reader, CommandDispatcher commands) {
        this.reader = reader;
        this.commands = commands;
    }

    @RequestMapping
    Mono<ResponseEntity<String>> success(@PathVariable String uuid, @RequestParam(required = false) String rid,
                                         ServerHttpRequest request) {
        return ping(uuid, rid, request, (run, log) -> job -> new RecordBackupSuccessCommand(job, run.id(),
                run.attach(), RunOrigin.PING, Instant.now(), null, null, log));
    }

    @RequestMapping("/start")
    Mono<ResponseEntity<String>> start(@PathVariable String uuid, @RequestParam(required = false) String rid,
                                       ServerHttpRequest request) {
        return ping(uuid, rid, request, (run, log) -> job -> new StartBackupRunCommand(job, run.id(), RunOrigin.PING,
                Instant.now()));
    }

    @RequestMapping("/fail")
    Mono<ResponseEntity<String>> fail(@PathVariable String uuid, @RequestParam(required = false) String rid,
                                      ServerHttpRequest request) {
        return ping(uuid, rid, request, (run, log) -> job -> new RecordBackupFailureCommand(job, run.id(), run.attach(),
                RunOrigin.PING, Instant.now(), "reported failure", null, log));
    }

    @RequestMapping("/log")
    Mono<ResponseEntity<String>> log(@PathVariable String uuid, ServerHttpRequest request) {
        return ping(uuid, null, request, (run, log) -> job -> new RecordBackupLogCommand(job, Instant.now(), log));
    }

    @RequestMapping("/{exitStatus}")
    Mono<ResponseEntity<String>> exitStatus(@PathVariable String uuid, @PathVariable String exitStatus,
                                            @RequestParam(required = false) String rid, ServerHttpRequest request) {
        Integer status = exitStatus.matches("\\d{1,3}") ? Integer.valueOf(exitStatus) : null;
        if (status == null || status > 255) {
            return Mono.just(text(HttpStatus.BAD_REQUEST, "invalid exit status: use 0 to 255"));
        }
        if (status == 0) {
            return success(uuid, rid, request);
        }
        return ping(uuid, rid, request, (run, log) -> job -> new RecordBackupFailureCommand(job, run.id(), run.attach(),
                RunOrigin.PING, Instant.now(), "exit status " + status, status, log));
    }

    /** The run a ping is about: the one named by {@code rid}, or a new id that may pair with the open run. */
    private record RunRef(BackupRunId id, boolean attach) {
    }

    @FunctionalInterface
    private interface CommandFactory {
        Function<BackupJobId, Object> create(RunRef run, String log);
    }

    private Mono<ResponseEntity<String>> ping(String uuid, String rid, ServerHttpRequest request, CommandFactory factory) {
        UUID pingUuid = parse(uuid);
        RunRef run;
        if (rid == null || rid.isBlank()) {
            run = new RunRef(BackupRunId.random(), true);
        } else {
            UUID runId = parse(rid);
            if (runId == null) {
                return Mono.just(text(HttpStatus.BAD_REQUEST, "invalid rid: use a UUID"));
            }
            run = new RunRef(new BackupRunId(runId), false);
        }
        if (pingUuid == null) {
            return Mono.just(text(HttpStatus.NOT_FOUND, "not found"));
        }
        RequestOrigin origin = new RequestOrigin(PRINCIPAL, UUID.randomUUID().toString(), Instant.now());
        return reader.findByPing(pingUuid)
                .flatMap(jobId -> readLog(request)
                        .map(log -> factory.create(run, log.isEmpty() ? null : log).apply(jobId))
                        .flatMap(commands::send)
                        .thenReturn(text(HttpStatus.OK, "OK")))
                .defaultIfEmpty(text(HttpStatus.NOT_FOUND, "not found"))
                .onErrorResume(failure -> UserErrors.from(failure, "BackupJob", uuid)
                        .map(error -> Mono.just(text(HttpStatus.BAD_REQUEST, error.message())))
                        .orElseGet(() -> Mono.error(failure)))
                .contextWrite(context -> context.put(RequestOrigin.CONTEXT_KEY, origin));
    }

    /** The body as a log: its first 100 kB decoded, the rest only counted. */
    private static Mono<String> readLog(ServerHttpRequest request) {
        return request.getBody()
                .reduce(new LogBuffer(), (buffer, chunk) -> {
                    buffer.append(chunk);
                    DataBufferUtils.release(chunk);
                    return buffer;
                })
                .map(LogBuffer::text)
                .defaultIfEmpty("");
    }

    private static final class LogBuffer {
        private final byte[] head = new byte[LogExcerpt.MAX_BYTES];
        private int kept;
        private long total;

        void append(DataBuffer chunk) {
            int readable = chunk.readableByteCount();
            int take = Math.min(readable, head.length - kept);
            if (take > 0) {
                chunk.read(head, kept, take);
                kept += take;
            }
            total += readable;
        }

        String text() {
            return LogExcerpt.of(head, kept, total);
        }
    }

    private static UUID parse(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ResponseEntity<String> text(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(body);
    }
}
