package io.opsledger.api.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The recorded outcomes of mutations sent with an idempotency key, kept for
 * {@code opsledger.idempotency.retention} (24 h by default). {@link #claim} and {@link #record}
 * run inside the command's transaction ({@link IdempotencyInterceptor}): the key's row commits with
 * the command's events or not at all, and a concurrent request with the same key waits on the row
 * lock, then fails on the key and finds the outcome.
 */
@Component
public class IdempotencyStore {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Duration retention;
    private final Clock clock;

    IdempotencyStore(JdbcClient jdbc, ObjectMapper json,
                     @Value("${opsledger.idempotency.retention:24h}") Duration retention) {
        this.jdbc = jdbc;
        this.json = json;
        this.retention = retention;
        this.clock = Clock.systemUTC();
    }

    /** The outcome recorded for this key within the retention window. */
    public Optional<CommandResult> find(String key) {
        return jdbc.sql("SELECT outcome FROM idempotency_key WHERE idem_key = :key AND recorded_at >= :since"
                        + " AND outcome IS NOT NULL")
                .param("key", key)
                .param("since", at(clock.instant().minus(retention)))
                .query(String.class)
                .optional()
                .map(this::read);
    }

    /** Takes the key for the running command; fails on the key if another request holds or has used it. */
    void claim(String key) {
        jdbc.sql("DELETE FROM idempotency_key WHERE idem_key = :key AND recorded_at < :since")
                .param("key", key)
                .param("since", at(clock.instant().minus(retention)))
                .update();
        jdbc.sql("INSERT INTO idempotency_key (idem_key, recorded_at) VALUES (:key, :at)")
                .param("key", key)
                .param("at", at(clock.instant()))
                .update();
    }

    void record(String key, CommandResult outcome) {
        jdbc.sql("UPDATE idempotency_key SET outcome = :outcome WHERE idem_key = :key")
                .param("outcome", write(outcome))
                .param("key", key)
                .update();
    }

    /** Forgets keys past the retention window; a later request with such a key runs as new. */
    @Scheduled(fixedDelayString = "${opsledger.idempotency.purge-interval:PT1H}",
            initialDelayString = "${opsledger.idempotency.purge-interval:PT1H}")
    void purge() {
        jdbc.sql("DELETE FROM idempotency_key WHERE recorded_at < :since")
                .param("since", at(clock.instant().minus(retention)))
                .update();
    }

    private CommandResult read(String outcome) {
        try {
            return json.readValue(outcome, CommandResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("recorded outcome is not readable", e);
        }
    }

    private String write(CommandResult outcome) {
        try {
            return json.writeValueAsString(outcome);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("outcome cannot be recorded", e);
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
