package io.opsledger.support;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.http.server.reactive.HttpHandlerDecoratorFactory;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Test servers only: sees every error the server sends a client, GraphQL errors (HTTP and
 * graphql-ws, streamed subscription results included, and the {@code errors} of mutation payloads)
 * and HTTP answers of status 400 or more, and records each one that shows an internal name
 * ({@link InternalNames}). {@link OpsledgerServer#close()} fails with the leaks it recorded, so the
 * test class whose requests caused one fails.
 * <p>
 * Not a {@code @Configuration} on purpose: the application's component scan covers
 * {@code io.opsledger}, test classes included when a test starts it, and only {@link OpsledgerServer}
 * should add the audit (as a source of the application it starts). Its {@code @Bean} methods work all
 * the same on a registered source.
 */
public final class LeakAudit {

    /** How much of one answer a leak report quotes. */
    private static final int QUOTED_CHARS = 300;

    private final Queue<Leak> leaks = new ConcurrentLinkedQueue<>();
    private final AtomicLong inspected = new AtomicLong();

    /** One answer that showed an internal name: where it went, which patterns it matched, and the text. */
    public record Leak(String where, List<String> patterns, String text) {
        @Override
        public String toString() {
            return "%s shows %s in: %s".formatted(where, patterns, text);
        }
    }

    @Bean
    WebGraphQlInterceptor graphQlErrorAudit() {
        return new GraphQlErrorAudit(this);
    }

    @Bean
    HttpHandlerDecoratorFactory httpErrorAudit() {
        return new HttpErrorAudit(this);
    }

    /**
     * Checks one text of an answer a client is sent ({@code where} names the request it answers), and
     * records it if it shows an internal name; true then.
     */
    boolean inspect(String where, String text) {
        inspected.incrementAndGet();
        List<Pattern> matched = InternalNames.in(text);
        if (!matched.isEmpty()) {
            leaks.add(new Leak(where, matched.stream().map(Pattern::pattern).toList(), quoted(text)));
        }
        return !matched.isEmpty();
    }

    /** The leaks recorded so far, oldest first. */
    public List<Leak> leaks() {
        return List.copyOf(leaks);
    }

    /** How many texts the audit has checked, leaking or not (a GraphQL message, a part of an HTTP error body). */
    public long inspected() {
        return inspected.get();
    }

    /** Fails listing every leak recorded, if there is one. */
    public void assertNoLeaks() {
        List<Leak> found = leaks();
        if (!found.isEmpty()) {
            throw new AssertionError(("%d error answer(s) of this test server showed an internal name to a client "
                    + "(patterns in io.opsledger.support.InternalNames); fix the message where it is made:%n  - %s")
                    .formatted(found.size(), found.stream().map(Leak::toString).collect(Collectors.joining("\n  - "))));
        }
    }

    private static String quoted(String text) {
        return text.length() <= QUOTED_CHARS ? text : text.substring(0, QUOTED_CHARS) + "…";
    }
}
