package io.opsledger.api.events;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Which events an export takes: from and to (inclusive) as global positions or as instants,
 * and optionally one entity.
 */
public record EventRange(long fromPosition, long toPosition, Instant fromTime, Instant toTime, String entity) {

    public static final EventRange ALL = new EventRange(0, Long.MAX_VALUE, null, null, null);

    /**
     * @param from a global position (e.g. {@code 1200}) or an ISO-8601 instant; null for the start
     * @param to   likewise; null for the end
     * @throws IllegalArgumentException naming the parameter that is neither
     */
    public static EventRange parse(String from, String to, String entity) {
        long fromPosition = 0;
        long toPosition = Long.MAX_VALUE;
        Instant fromTime = null;
        Instant toTime = null;
        if (from != null && !from.isBlank()) {
            if (from.strip().matches("\\d+")) {
                fromPosition = Long.parseLong(from.strip());
            } else {
                fromTime = instant("from", from);
            }
        }
        if (to != null && !to.isBlank()) {
            if (to.strip().matches("\\d+")) {
                toPosition = Long.parseLong(to.strip());
            } else {
                toTime = instant("to", to);
            }
        }
        return new EventRange(fromPosition, toPosition, fromTime, toTime,
                entity == null || entity.isBlank() ? null : entity.strip());
    }

    private static Instant instant(String name, String text) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + ": '" + text + "' is neither a global position (a whole number)"
                    + " nor an ISO-8601 instant such as 2026-11-21T09:30:00Z");
        }
    }

    boolean includes(StoredEvent event) {
        if (fromTime == null && toTime == null) {
            return true;
        }
        Instant at = Instant.parse(event.timestamp());
        return (fromTime == null || !at.isBefore(fromTime)) && (toTime == null || !at.isAfter(toTime));
    }
}
