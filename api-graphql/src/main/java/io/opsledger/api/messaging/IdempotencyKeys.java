package io.opsledger.api.messaging;

import io.opsledger.kernel.CommonRule;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

import java.util.Optional;

/**
 * Takes the client's idempotency key from the {@value #HEADER} header into the request's Reactor
 * context. The key is scoped by the command it comes with, so one key may cover a request that
 * sends several kinds of mutation.
 */
@Component
public class IdempotencyKeys implements WebGraphQlInterceptor {

    public static final String HEADER = "Idempotency-Key";
    static final int MAX_LENGTH = 200;
    private static final String CONTEXT_KEY = IdempotencyKeys.class.getName();

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        String key = request.getHeaders().getFirst(HEADER);
        if (key == null || key.isBlank()) {
            return chain.next(request);
        }
        return chain.next(request).contextWrite(context -> context.put(CONTEXT_KEY, key.strip()));
    }

    /** The request's key; a key longer than {@value #MAX_LENGTH} characters is refused. */
    static Optional<String> of(ContextView context) {
        Optional<String> key = context.getOrEmpty(CONTEXT_KEY);
        key.filter(k -> k.length() > MAX_LENGTH).ifPresent(k -> {
            throw CommonRule.IDEMPOTENCY_KEY_TOO_LONG.violated(
                    "the %s header has %d characters; at most %d are allowed", HEADER, k.length(), MAX_LENGTH);
        });
        return key;
    }
}
