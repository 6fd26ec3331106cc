package io.opsledger.query.rebuild;

/**
 * One event processor as operators see it: how far it has processed against the head of the
 * event store, whether it runs, and how many events it has parked as dead letters (null when the
 * group has no dead-letter queue).
 */
public record ProcessingGroupStatus(String name, String mode, long position, long head, long lag, String state,
                                    int segments, Long deadLetters, boolean rebuildable) {
}
