package io.opsledger.api.security;

import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webflux.GraphQlWebSocketHandler;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.web.reactive.socket.WebSocketSession;
import reactor.core.publisher.Mono;

import java.time.Duration;

/**
 * Spring GraphQL's graphql-ws handler, which gives the connection interceptor only the session's
 * attributes; this one puts the session itself there, so that {@link CallerInterceptor} can close
 * it with the code the protocol asks for (4403) and {@link OpenConnections} can close it on revocation.
 */
class TokenCheckingWebSocketHandler extends GraphQlWebSocketHandler {

    static final String SESSION = WebSocketSession.class.getName();

    TokenCheckingWebSocketHandler(WebGraphQlHandler handler, ServerCodecConfigurer codecs, Duration initTimeout,
                                  Duration keepAlive) {
        super(handler, codecs, initTimeout, keepAlive);
    }

    @Override
    public Mono<Void> handle(WebSocketSession session) {
        session.getAttributes().put(SESSION, session);
        return super.handle(session);
    }
}
