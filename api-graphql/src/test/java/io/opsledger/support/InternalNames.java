package io.opsledger.support;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What must never reach a client: a name of our code or of the JDK, an exception's name, a stack
 * frame, or a record's {@code toString} ({@code PlanId[value=...]}). One definition for every check:
 * the audit of each test server ({@link LeakAudit}) and the tests that read answers themselves.
 */
public final class InternalNames {

    public static final List<Pattern> PATTERNS = List.of(Pattern.compile("io\\.opsledger"), Pattern.compile("java\\."),
            Pattern.compile("Exception"), Pattern.compile("\\tat "), Pattern.compile("\\b[A-Z][A-Za-z]+\\[[a-z]\\w*="));

    private InternalNames() {
    }

    /** The patterns this text matches; empty when it shows nothing internal. */
    public static List<Pattern> in(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return PATTERNS.stream().filter(pattern -> pattern.matcher(text).find()).toList();
    }
}
