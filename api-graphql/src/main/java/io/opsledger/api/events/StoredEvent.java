package io.opsledger.api.events;

/** One row of Axon's {@code domainevententry} table, as it is stored. */
public record StoredEvent(long globalIndex, String eventId, String aggregateId, String aggregateType, long sequenceNumber,
                          String timestamp, String payloadType, String payloadRevision, byte[] payload, byte[] metadata) {
}
