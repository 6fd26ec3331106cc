package io.opsledger.kernel.audit;

import java.util.List;

/** A page of stored events, oldest first, and whether more follow. */
public record AuditedEventPage(List<AuditedEvent> events, boolean hasNextPage) {
}
