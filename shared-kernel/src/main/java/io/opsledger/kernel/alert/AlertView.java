package io.opsledger.kernel.alert;

import java.time.Instant;
import java.util.UUID;

/** An alert as the read model holds it. */
public record AlertView(UUID id, String key, AlertKind kind, AlertSeverity severity, AlertStatus status, String title,
                        String message, String subjectType, UUID subjectId, int occurrences, Instant raisedAt,
                        Instant lastRaisedAt, String acknowledgedBy, String acknowledgeComment, Instant acknowledgedAt,
                        Instant resolvedAt, Boolean resolvedAutomatically, String resolvedBy, String resolveReason,
                        long revision) {
}
