package io.opsledger.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.web.reactive.socket.CloseStatus;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The graphql-ws protocol message by message, for tests that look at what the high-level client
 * hides: the close code of a refused {@code connection_init}, a connection closed by revocation.
 * Built on the JDK's WebSocket client, which closes as the protocol says (it sends its close frame
 * and keeps reading until the server's answers), so a test can know the server has seen a close.
 */
public final class GraphQlWsConnection implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final BlockingQueue<JsonNode> incoming = new LinkedBlockingQueue<>();
    /** The close frame the server sent (or its answer to ours). */
    private final CompletableFuture<CloseStatus> closed = new CompletableFuture<>();
    private final CompletableFuture<WebSocket> socket;
    /** The last send: the JDK client takes one message at a time, so each send waits for the one before. */
    private CompletableFuture<WebSocket> sending;

    GraphQlWsConnection(URI uri) {
        this.socket = HTTP.newWebSocketBuilder().subprotocols("graphql-transport-ws")
                .buildAsync(uri, new Listener());
        this.socket.whenComplete((ws, failure) -> {
            if (failure != null) {
                closed.completeExceptionally(failure);
            }
        });
        this.sending = socket;
    }

    /** Sends {@code connection_init}, with {@code {"authorization": "Bearer <token>"}} unless the token is null. */
    public GraphQlWsConnection init(String token) {
        return send(token == null ? Map.of("type", "connection_init")
                : Map.of("type", "connection_init", "payload", Map.of("authorization", "Bearer " + token)));
    }

    public GraphQlWsConnection subscribe(String id, String query) {
        return send(Map.of("type", "subscribe", "id", id, "payload", Map.of("query", query)));
    }

    public synchronized GraphQlWsConnection send(Map<String, Object> message) {
        String text;
        try {
            text = JSON.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        sending = sending.thenCompose(ws -> ws.sendText(text, true));
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

    /**
     * Closes the connection from this side with a normal close frame, and returns once the server
     * has answered with its own: by then the server has handled the close.
     */
    public CloseStatus closeAndAwait(Duration timeout) throws Exception {
        synchronized (this) {
            sending = sending.thenCompose(ws -> ws.sendClose(WebSocket.NORMAL_CLOSURE, "done"));
        }
        return closeStatus(timeout);
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

    /** Sends a normal close frame, unless the connection is closed already; does not wait for the answer. */
    @Override
    public synchronized void close() {
        if (!closed.isDone()) {
            sending = sending.thenCompose(ws -> ws.sendClose(WebSocket.NORMAL_CLOSURE, "done"));
        }
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                incoming.add(parse(text.toString()));
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(new CloseStatus(statusCode, reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.completeExceptionally(error);
        }
    }
}
