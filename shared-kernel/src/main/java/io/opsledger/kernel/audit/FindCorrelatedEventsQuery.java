package io.opsledger.kernel.audit;

/**
 * Every event caused by one request (same correlation id), across entities, in global order,
 * after global position {@code afterPosition} (-1 for the first page), at most {@code limit}.
 */
public record FindCorrelatedEventsQuery(String correlationId, long afterPosition, int limit) {
}
