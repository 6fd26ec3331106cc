package io.opsledger.api.messaging;

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
        RequestOrigin origin = RequestOrigin.anonymous(request.getHeaders().getFirst(CORRELATION_HEADER));
        return chain.next(request).contextWrite(context -> context.put(RequestOrigin.CONTEXT_KEY, origin));
    }
}
