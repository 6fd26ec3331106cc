package io.opsledger.api.messaging;

import io.opsledger.kernel.MessageMetadata;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Records the origin of each GraphQL request in its Reactor context, from which the command
 * dispatcher reads it. A client may pass its own correlation id in {@value #CORRELATION_HEADER}.
 */
@Component
class RequestOriginInterceptor implements WebGraphQlInterceptor {

    static final String CORRELATION_HEADER = "X-Correlation-Id";

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        String correlationId = request.getHeaders().getFirst(CORRELATION_HEADER);
        // The security interceptor, which runs first, names the authenticated principal.
        return Mono.deferContextual(context -> chain.next(request).contextWrite(inner -> inner.put(
                RequestOrigin.CONTEXT_KEY, RequestOrigin.of(context.getOrDefault(RequestOrigin.PRINCIPAL_KEY,
                        MessageMetadata.ANONYMOUS), correlationId))));
    }
}
