package io.opsledger.api.security;

import io.opsledger.api.messaging.RequestOrigin;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketSession;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Puts the caller of each GraphQL request where the field check ({@link FieldAccess}) and the
 * command dispatcher find it: from the HTTP request's token, or, over graphql-ws, from the token
 * checked once in {@code connection_init} (4401 without a valid one, 4403 over the connection limit).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CallerInterceptor implements WebSocketGraphQlInterceptor {

    /** Per graphql-ws connection: how many subscriptions it has open. */
    static final String OPEN_SUBSCRIPTIONS = CallerInterceptor.class.getName() + ".subscriptions";
    private static final int MAX_REASON_BYTES = 123;

    private final TokenAuthenticator authenticator;
    private final OpenConnections connections;
    private final RequestLimits limits;
    private final int maxSubscriptions;

    CallerInterceptor(TokenAuthenticator authenticator, OpenConnections connections, RequestLimits limits,
                      @Value("${opsledger.limits.subscriptions-per-connection:50}") int maxSubscriptions) {
        this.authenticator = authenticator;
        this.connections = connections;
        this.limits = limits;
        this.maxSubscriptions = maxSubscriptions;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Mono<Caller> caller = request instanceof WebSocketGraphQlRequest socket
                ? Mono.justOrEmpty((Caller) socket.getSessionInfo().getAttributes().get(Caller.KEY))
                : ReactiveSecurityContextHolder.getContext().map(SecurityContext::getAuthentication)
                .filter(CallerAuthentication.class::isInstance)
                .map(authentication -> ((CallerAuthentication) authentication).caller());
        return caller.map(found -> {
            Map<String, Object> context = new HashMap<>();
            context.put(Caller.KEY, found);
            if (request instanceof WebSocketGraphQlRequest socket) {
                // Over HTTP the security chain has counted this request already; here each message counts.
                limits.tryConsume(found).ifPresent(wait -> context.put(FieldAccess.REFUSAL,
                        FieldAccess.refusal(AccessError.RATE_LIMITED, limits.rateMessage(found, wait))));
                context.put(FieldAccess.SUBSCRIPTION_LIMIT, maxSubscriptions);
                context.put(OPEN_SUBSCRIPTIONS, socket.getSessionInfo().getAttributes()
                        .computeIfAbsent(OPEN_SUBSCRIPTIONS, key -> new AtomicInteger()));
            }
            request.configureExecutionInput((input, builder) -> builder.graphQLContext(context).build());
            return found;
        }).map(Caller::name).defaultIfEmpty(io.opsledger.kernel.MessageMetadata.ANONYMOUS)
                .flatMap(principal -> chain.next(request)
                        .contextWrite(reactor -> reactor.put(RequestOrigin.PRINCIPAL_KEY, principal)));
    }

    @Override
    public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo info, Map<String, Object> payload) {
        WebSocketSession session = (WebSocketSession) info.getAttributes().get(TokenCheckingWebSocketHandler.SESSION);
        Object credential = payload.getOrDefault("authorization", payload.get("Authorization"));
        return authenticator.authenticate(credential == null ? null : String.valueOf(credential))
                .onErrorResume(AuthenticationException.class, failure -> close(session, 4401,
                        "Unauthorized: " + failure.getMessage()))
                .flatMap(found -> {
                    if (session != null && !connections.open(found, session)) {
                        return close(session, 4403, ("Forbidden: this token has %d connections open, the most "
                                + "opsledger.limits.connections-per-token allows").formatted(connections.maxPerCredential()));
                    }
                    info.getAttributes().put(Caller.KEY, found);
                    return Mono.just(Map.<String, Object>of("name", found.name(), "role", found.role().name()));
                });
    }

    /** Closes with the code the client should see; Spring's own close (4401) that follows is then a no-op. */
    private static <T> Mono<T> close(WebSocketSession session, int code, String reason) {
        CloseStatus status = new CloseStatus(code, closeReason(reason));
        Mono<Void> closing = session == null ? Mono.empty() : session.close(status);
        return closing.then(Mono.error(new IllegalStateException(reason)));
    }

    /** A close frame's reason has at most 123 bytes of UTF-8 (RFC 6455, 5.5): longer ones are cut. */
    static String closeReason(String reason) {
        byte[] bytes = reason.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_REASON_BYTES) {
            return reason;
        }
        int end = MAX_REASON_BYTES - 3;
        while ((bytes[end] & 0xC0) == 0x80) {
            end--;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8) + "…";
    }
}
