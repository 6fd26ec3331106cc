package io.opsledger.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.WebSocketSession;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The graphql-ws protocol message by message, for tests that look at what the high-level client
 * hides: the close code of a refused {@code connection_init}, a connection closed by revocation.
 */
public final class GraphQlWsConnection implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Sinks.Many<String> outgoing = Sinks.many().unicast().onBackpressureBuffer();
    private final BlockingQueue<JsonNode> incoming = new LinkedBlockingQueue<>();
    private final CompletableFuture<CloseStatus> closed = new CompletableFuture<>();
    private final Disposable connection;

    GraphQlWsConnection(URI uri) {
        WebSocketHandler handler = new WebSocketHandler() {
            @Override
            public List<String> getSubProtocols() {
                return List.of("graphql-transport-ws");
            }

            @Override
            public Mono<Void> handle(WebSocketSession session) {
                session.closeStatus().doOnNext(closed::complete)
                        .doFinally(signal -> closed.complete(CloseStatus.NO_STATUS_CODE)).subscribe();
                Mono<Void> send = session.send(outgoing.asFlux().map(session::textMessage));
                Mono<Void> receive = session.receive().map(WebSocketMessage::getPayloadAsText)
                        .doOnNext(text -> incoming.add(parse(text))).then();
                return Mono.when(send, receive);
            }
        };
        this.connection = new ReactorNettyWebSocketClient().execute(uri, new HttpHeaders(), handler).subscribe();
    }

    /** Sends {@code connection_init}, with {@code {"authorization": "Bearer <token>"}} unless the token is null. */
    public GraphQlWsConnection init(String token) {
        return send(token == null ? Map.of("type", "connection_init")
                : Map.of("type", "connection_init", "payload", Map.of("authorization", "Bearer " + token)));
    }

    public GraphQlWsConnection subscribe(String id, String query) {
        return send(Map.of("type", "subscribe", "id", id, "payload", Map.of("query", query)));
    }

    public GraphQlWsConnection send(Map<String, Object> message) {
        try {
            outgoing.tryEmitNext(JSON.writeValueAsString(message));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        return this;
    }

    /** The next message from the server, or null if none comes within the timeout. */
    public JsonNode next(Duration timeout) throws InterruptedException {
        return incoming.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The close status the server sent, waiting for it up to the timeout. */
    public CloseStatus closeStatus(Duration timeout) throws Exception {
        return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean isClosed() {
        return closed.isDone();
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the server sent a message that is not JSON: " + text, e);
        }
    }

    @Override
    public void close() {
        outgoing.tryEmitComplete();
        connection.dispose();
    }
}
