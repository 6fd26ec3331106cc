package io.opsledger.query.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a page stopped, for lists ordered by a time and then an id: the time and id of the page's
 * last item. Encoded opaquely, with the list's kind, so that clients pass it back without reading
 * it and a cursor of one list is refused by another.
 */
public record KeysetCursor(String kind, Instant at, UUID id) {

    public String encode() {
        String raw = kind + ":" + at + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when the text is not a cursor of this kind of list */
    public static KeysetCursor decode(String kind, String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!raw.startsWith(kind + ":")) {
                throw new IllegalArgumentException("not a " + kind + " cursor");
            }
            String[] parts = raw.substring(kind.length() + 1).split("\\|", 2);
            return new KeysetCursor(kind, Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("after: '" + cursor + "' is not a cursor returned by this list", e);
        }
    }
}
