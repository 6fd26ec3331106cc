package io.opsledger.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opsledger.kernel.MessageMetadata;
import io.opsledger.kernel.audit.AuditedEvent;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Reads stored events from Axon's {@code domainevententry} table as they are, without
 * deserializing them into classes: an audit must show what was stored, including events of types
 * the running code no longer knows.
 */
@Component
public class EventLogReader {

    static final String COLUMNS = "e.globalindex, e.aggregateidentifier, e.sequencenumber, e.type, e.eventidentifier,"
            + " e.metadata, e.payload, e.payloadrevision, e.payloadtype, e.timestamp";

    private final JdbcClient jdbc;
    private final ObjectMapper json = new ObjectMapper();

    EventLogReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} events of one entity with a sequence number above {@code afterSequence}. */
    public List<AuditedEvent> entityEvents(String entityId, long afterSequence, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM domainevententry e"
                        + " WHERE e.aggregateidentifier = :id AND e.sequencenumber > :after"
                        + " ORDER BY e.sequencenumber LIMIT :limit")
                .param("id", entityId).param("after", afterSequence).param("limit", limit)
                .query(rowMapper()).list();
    }

    /** Up to {@code limit} events of one request, in global order, after {@code afterPosition}. */
    public List<AuditedEvent> correlatedEvents(String correlationId, long afterPosition, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_correlation c"
                        + " JOIN domainevententry e ON e.globalindex = c.global_index"
                        + " WHERE c.correlation_id = :correlation AND c.global_index > :after"
                        + " ORDER BY c.global_index LIMIT :limit")
                .param("correlation", correlationId).param("after", afterPosition).param("limit", limit)
                .query(rowMapper()).list();
    }

    RowMapper<AuditedEvent> rowMapper() {
        return (row, number) -> {
            String payloadType = row.getString("payloadtype");
            JsonNode metadata = parse(row.getBytes("metadata"));
            return new AuditedEvent(row.getLong("globalindex"), row.getString("eventidentifier"),
                    row.getString("aggregateidentifier"), row.getString("type"), row.getLong("sequencenumber"),
                    payloadType.substring(payloadType.lastIndexOf('.') + 1), row.getString("payloadrevision"),
                    new String(row.getBytes("payload"), StandardCharsets.UTF_8), Instant.parse(row.getString("timestamp")),
                    text(metadata, MessageMetadata.PRINCIPAL), text(metadata, MessageMetadata.CORRELATION_ID),
                    text(metadata, MessageMetadata.CAUSATION_ID));
        };
    }

    private JsonNode parse(byte[] bytes) {
        if (bytes == null) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("stored event metadata is not JSON", e);
        }
    }

    private static String text(JsonNode metadata, String key) {
        JsonNode value = metadata.get(key);
        return value == null || value.isNull() ? null : value.asText();
    }
}
