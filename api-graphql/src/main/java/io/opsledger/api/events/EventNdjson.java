package io.opsledger.api.events;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * One event per line: {@code {"globalIndex":…,"eventId":…,"aggregateId":…,"aggregateType":…,
 * "sequenceNumber":…,"timestamp":…,"payloadType":…,"payloadRevision":…,"payload":{…},"metadata":{…}}}.
 * Payload and metadata are the stored JSON as it is, so the file stays readable with jq.
 */
public final class EventNdjson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = JSON.getFactory();

    private EventNdjson() {
    }

    public static byte[] line(StoredEvent event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(event.payload().length + 512);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField("globalIndex", event.globalIndex());
            json.writeStringField("eventId", event.eventId());
            json.writeStringField("aggregateId", event.aggregateId());
            json.writeStringField("aggregateType", event.aggregateType());
            json.writeNumberField("sequenceNumber", event.sequenceNumber());
            json.writeStringField("timestamp", event.timestamp());
            json.writeStringField("payloadType", event.payloadType());
            json.writeStringField("payloadRevision", event.payloadRevision());
            json.writeFieldName("payload");
            json.writeRawValue(new String(event.payload(), StandardCharsets.UTF_8));
            json.writeFieldName("metadata");
            json.writeRawValue(event.metadata() == null ? "{}" : new String(event.metadata(), StandardCharsets.UTF_8));
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /**
     * @throws IllegalArgumentException naming the line and the field when the line is not an exported event
     */
    public static StoredEvent parse(String line, long lineNumber) {
        try {
            JsonNode node = JSON.readTree(line);
            return new StoredEvent(required(node, "globalIndex", lineNumber).asLong(),
                    required(node, "eventId", lineNumber).asText(), required(node, "aggregateId", lineNumber).asText(),
                    text(node, "aggregateType"), required(node, "sequenceNumber", lineNumber).asLong(),
                    required(node, "timestamp", lineNumber).asText(), required(node, "payloadType", lineNumber).asText(),
                    text(node, "payloadRevision"), JSON.writeValueAsBytes(required(node, "payload", lineNumber)),
                    node.hasNonNull("metadata") ? JSON.writeValueAsBytes(node.get("metadata")) : null);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("line " + lineNumber + ": not JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private static JsonNode required(JsonNode node, String field, long lineNumber) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("line " + lineNumber + ": field " + field + " is required");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
