package io.opsledger.api.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opsledger.api.graphql.UserErrors;
import io.opsledger.api.messaging.CommandDispatcher;
import io.opsledger.api.messaging.CommandResult;
import io.opsledger.api.messaging.RequestOrigin;
import io.opsledger.kernel.limits.CommandLimits;
import io.opsledger.api.pipeline.OpenLineageRunEvent.InvalidRunEvent;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import java.io.IOException;
import java.security.Principal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * OpenLineage's HTTP endpoint, so that the official clients and the integrations built on them
 * (Airflow, Dagster, Spark, dbt) report to Opsledger with only a URL change: {@code POST
 * /api/v1/lineage} with a RunEvent. The job is a pipeline, created on first sight; the run is
 * addressed by a name-based id of job and run id, so duplicates and reordered events of one run
 * always reach the same aggregate, which makes them harmless. Answers 201 with the ids, 400 with
 * what is wrong, 413 for a body over {@code opsledger.lineage.max-body-size}.
 */
@RestController
class LineageController {

    private static final String PRINCIPAL = "openlineage";

    private final CommandDispatcher commands;
    private final CommandLimits limits;
    private final ObjectMapper objectMapper;
    private final int maxBodyBytes;

    LineageController(CommandDispatcher commands, ObjectMapper objectMapper, CommandLimits limits,
                      @Value("${opsledger.lineage.max-body-size:1MB}") DataSize maxBodySize) {
        this.commands = commands;
        this.limits = limits;
        this.objectMapper = objectMapper;
        this.maxBodyBytes = (int) maxBodySize.toBytes();
    }

    @PostMapping("/api/v1/lineage")
    Mono<ResponseEntity<Map<String, Object>>> runEvent(ServerHttpRequest request, Principal principal) {
        if (request.getHeaders().getContentLength() > maxBodyBytes) {
            return Mono.just(tooLarge());
        }
        // The OPERATOR token's name (docs/security.md) is the principal of the events this causes.
        RequestOrigin origin = new RequestOrigin(principal == null ? PRINCIPAL : principal.getName(),
                UUID.randomUUID().toString(), Instant.now());
        // join stops reading once the limit is passed: a body without Content-Length is bounded too.
        return DataBufferUtils.join(request.getBody(), maxBodyBytes)
                .map(buffer -> {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    DataBufferUtils.release(buffer);
                    return bytes;
                })
                .defaultIfEmpty(new byte[0])
                .map(this::parse)
                // The run event's limits first: a refused event must not leave a registered job behind.
                .doOnNext(event -> limits.check(event.record()))
                .flatMap(event -> commands.send(event.registerJob())
                        .then(commands.send(event.record()))
                        // Two events of a new run arriving at once both try to create it; the loser retries and finds it.
                        .retryWhen(Retry.max(2).filter(LineageController::lostCreationRace))
                        .map(outcome -> created(event, outcome)))
                .onErrorResume(DataBufferLimitException.class, e -> Mono.just(tooLarge()))
                .onErrorResume(InvalidRunEvent.class, e -> Mono.just(badRequest(e.getMessage())))
                .onErrorResume(failure -> UserErrors.from(failure, "PipelineRun", "")
                        .map(error -> Mono.just(badRequest(error.message())))
                        .orElseGet(() -> Mono.error(failure)))
                .contextWrite(context -> context.put(RequestOrigin.CONTEXT_KEY, origin));
    }

    private OpenLineageRunEvent parse(byte[] body) {
        if (body.length == 0) {
            throw new InvalidRunEvent("the body is empty: send an OpenLineage RunEvent as JSON");
        }
        try {
            return OpenLineageRunEvent.from(objectMapper.readTree(body));
        } catch (JsonProcessingException e) {
            throw new InvalidRunEvent("malformed JSON at line %d, column %d: %s".formatted(
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InvalidRunEvent("the body could not be read as JSON: " + e.getMessage());
        }
    }

    private static boolean lostCreationRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AggregateStreamCreationException || cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }

    /** The event is always kept as lineage; {@code applied} false and {@code ignored} say when it changed nothing, and why. */
    private static ResponseEntity<Map<String, Object>> created(OpenLineageRunEvent event, CommandResult outcome) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("pipelineId", event.pipelineId().toString());
        body.put("runId", event.record().runId().toString());
        body.put("applied", outcome.ignored() == null);
        if (outcome.ignored() != null) {
            body.put("ignored", outcome.ignored());
        }
        return ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private ResponseEntity<Map<String, Object>> tooLarge() {
        return error(HttpStatus.PAYLOAD_TOO_LARGE, "the body is larger than %d bytes, the most a RunEvent may have here"
                .formatted(maxBodyBytes));
    }

    private static ResponseEntity<Map<String, Object>> badRequest(String message) {
        return error(HttpStatus.BAD_REQUEST, message);
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", message));
    }
}
