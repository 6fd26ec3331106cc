package io.opsledger.kernel.audit;

/**
 * The events of one entity (aggregate) in sequence order, after sequence number {@code afterSequence}
 * (-1 for the first page), at most {@code limit} of them.
 */
public record FindEntityHistoryQuery(String entityId, long afterSequence, int limit) {
}
