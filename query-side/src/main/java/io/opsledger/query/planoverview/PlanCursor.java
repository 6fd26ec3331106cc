package io.opsledger.query.planoverview;

import io.opsledger.kernel.plan.PlanSummaryView;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a page of plans stopped: the creation time and id of its last plan (plans are listed by
 * creation, ties broken by id). Encoded opaquely so clients pass it back without reading it.
 */
record PlanCursor(Instant createdAt, UUID planId) {

    private static final String PREFIX = "plan:";

    static PlanCursor of(PlanSummaryView view) {
        return new PlanCursor(view.createdAt(), view.id());
    }

    String encode() {
        String raw = PREFIX + createdAt + "|" + planId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when the text is not a cursor this server produced */
    static PlanCursor decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!raw.startsWith(PREFIX)) {
                throw new IllegalArgumentException("not a plan cursor");
            }
            String[] parts = raw.substring(PREFIX.length()).split("\\|", 2);
            return new PlanCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("after: '" + cursor + "' is not a cursor returned by this API", e);
        }
    }
}
