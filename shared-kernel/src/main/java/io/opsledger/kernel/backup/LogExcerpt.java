package io.opsledger.kernel.backup;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A run's log is kept up to {@value #MAX_BYTES} bytes of UTF-8, as Healthchecks does; a longer
 * one is cut and the cut is marked, so a reader never mistakes a truncated log for a complete
 * one. The mark fits within the limit, so that cutting an excerpt again changes nothing.
 */
public final class LogExcerpt {

    public static final int MAX_BYTES = 100 * 1024;
    public static final String TRUNCATION_MARK = "\n[log truncated: %d bytes omitted]";
    /** Room left for the mark when a log is cut. */
    static final int MARK_RESERVE = 64;

    private LogExcerpt() {
    }

    /** The text unchanged when it fits, else its first {@value #MAX_BYTES} bytes and the mark. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return bytes.length <= MAX_BYTES ? text : of(bytes, MAX_BYTES, bytes.length);
    }

    /**
     * The log from the first bytes of a body of {@code totalBytes}; {@code head} holds at least
     * {@code min(totalBytes, MAX_BYTES)} bytes. A character cut in half at the limit is dropped.
     */
    public static String of(byte[] head, int headLength, long totalBytes) {
        boolean cut = totalBytes > MAX_BYTES;
        int kept = (int) (cut ? MAX_BYTES - MARK_RESERVE : Math.min(headLength, totalBytes));
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(cut ? CodingErrorAction.IGNORE : CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer chars = CharBuffer.allocate(kept);
        decoder.decode(ByteBuffer.wrap(head, 0, kept), chars, true);
        chars.flip();
        String text = chars.toString();
        return cut ? text + TRUNCATION_MARK.formatted(totalBytes - kept) : text;
    }
}
