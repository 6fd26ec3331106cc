package io.opsledger.kernel.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** The window a widget shows, from inclusive to exclusive. */
public record TimeRange(Instant from, Instant to) {

    public TimeRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("a time range must start before it ends: " + from + " .. " + to);
        }
    }

    public static TimeRange last(Duration length, Instant now) {
        return new TimeRange(now.minus(length), now);
    }
}
