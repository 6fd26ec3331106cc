package io.opsledger.bench.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.WebsocketClientSpec;
import reactor.netty.resources.ConnectionProvider;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * One graphql-ws client (protocol {@code graphql-transport-ws}) on its own WebSocket connection with
 * one subscription: every {@code next} message's data goes to the listener on the connection's
 * event-loop thread, with the receive time taken first.
 */
public final class GraphQlWsSubscriber implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Not pooled: each subscriber holds its connection for the whole run. */
    private static final HttpClient CLIENT = HttpClient.create(ConnectionProvider.newConnection());

    /** A message as it arrived: the receive time ({@link System#nanoTime()}) and its data. */
    public record Message(long receivedNanos, JsonNode data) {
    }

    private final CompletableFuture<Void> acknowledged = new CompletableFuture<>();
    private final Disposable connection;

    private GraphQlWsSubscriber(URI uri, String subscription, Consumer<Message> listener) {
        String init = write(Map.of("type", "connection_init",
                "payload", Map.of("authorization", "Bearer " + AppProcess.ADMIN_TOKEN)));
        String subscribe = write(Map.of("id", "1", "type", "subscribe", "payload", Map.of("query", subscription)));
        connection = CLIENT
                .websocket(WebsocketClientSpec.builder().protocols("graphql-transport-ws")
                        .maxFramePayloadLength(1 << 20).build())
                .uri(uri)
                .handle((inbound, outbound) -> {
                    Sinks.Many<String> out = Sinks.many().unicast().onBackpressureBuffer();
                    out.tryEmitNext(init);
                    Mono<Void> receive = inbound.receive().asString().doOnNext(text -> {
                        long received = System.nanoTime();
                        JsonNode message = read(text);
                        switch (message.path("type").asText()) {
                            case "connection_ack" -> {
                                out.tryEmitNext(subscribe);
                                acknowledged.complete(null);
                            }
                            case "next" -> listener.accept(new Message(received, message.path("payload").path("data")));
                            case "ping" -> out.tryEmitNext("{\"type\":\"pong\"}");
                            case "error", "complete" -> acknowledged.completeExceptionally(
                                    new IllegalStateException("subscription ended: " + text));
                            default -> { }
                        }
                    }).then();
                    return Mono.when(outbound.sendString(out.asFlux()).then(), receive);
                })
                .doOnError(acknowledged::completeExceptionally)
                .subscribe();
    }

    /** Connects and subscribes; {@link #acknowledged()} completes once the server accepted the connection. */
    public static GraphQlWsSubscriber subscribe(URI uri, String subscription, Consumer<Message> listener) {
        return new GraphQlWsSubscriber(uri, subscription, listener);
    }

    public CompletableFuture<Void> acknowledged() {
        return acknowledged;
    }

    @Override
    public void close() {
        connection.dispose();
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException("not JSON: " + text, e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
