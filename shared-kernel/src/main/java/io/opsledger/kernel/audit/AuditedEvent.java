package io.opsledger.kernel.audit;

import java.time.Instant;

/**
 * One stored event as the audit shows it: where it sits in the store (global position) and in its
 * entity's stream (sequence number), its type and revision, its payload as JSON text, when it was
 * stored, and who caused it (principal, correlation id of the request, id of the direct cause).
 */
public record AuditedEvent(long globalPosition, String eventId, String entityId, String entityType,
                           long sequenceNumber, String type, String revision, String payloadJson,
                           Instant timestamp, String principal, String correlationId, String causationId) {
}
