package io.opsledger.kernel.plan;

import java.time.Instant;
import java.util.UUID;

/** A conflict as the read model holds it: both sides, the base, and how it ended if it did. */
public record ConflictView(UUID id, UUID planId, ConflictType type, ConflictStrategy strategy,
                           long basedOnRevision, String field, UUID entityId, String base, String current,
                           String incoming, ConflictStatus status, ConflictResolution resolution,
                           String resolvedValue, Instant detectedAt, Instant resolvedAt) {
}
