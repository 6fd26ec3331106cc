package io.opsledger.query.readmodel;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Instants as every read model stores them: UTC, truncated to the microseconds PostgreSQL keeps,
 * so that stored values, keyset cursors and comparisons agree whatever the database.
 */
public final class ReadModelTime {

    private ReadModelTime() {
    }

    public static OffsetDateTime of(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
