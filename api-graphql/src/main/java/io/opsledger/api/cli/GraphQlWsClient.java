package io.opsledger.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opsledger.api.cli.GraphQlHttpClient.CliFailure;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * One GraphQL subscription over the graphql-ws protocol (connection_init, subscribe, next,
 * complete), enough for the command line to follow a rebuild's progress as the server pushes it.
 */
final class GraphQlWsClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final String token;

    GraphQlWsClient(String server, String token) {
        this.endpoint = URI.create(server.replaceAll("/+$", "").replaceFirst("^http", "ws") + "/graphql");
        this.token = token;
    }

    /** Calls {@code onData} with each message's {@code data} until the server completes the subscription. */
    void subscribe(String document, Map<String, Object> variables, Consumer<JsonNode> onData) throws InterruptedException {
        CompletableFuture<Void> completed = new CompletableFuture<>();
        String id = UUID.randomUUID().toString();
        WebSocket.Listener listener = new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket socket, CharSequence text, boolean last) {
                partial.append(text);
                if (last) {
                    handle(socket, partial.toString());
                    partial.setLength(0);
                }
                socket.request(1);
                return null;
            }

            private void handle(WebSocket socket, String text) {
                try {
                    JsonNode message = JSON.readTree(text);
                    switch (message.path("type").asText()) {
                        case "connection_ack" -> socket.sendText(JSON.writeValueAsString(Map.of("id", id, "type", "subscribe",
                                "payload", Map.of("query", document, "variables", variables))), true);
                        case "next" -> {
                            JsonNode payload = message.path("payload");
                            if (payload.hasNonNull("errors") && !payload.get("errors").isEmpty()) {
                                completed.completeExceptionally(new CliFailure(ExitCode.FAILED, "the server refused: "
                                        + payload.get("errors").get(0).path("message").asText()));
                            } else {
                                onData.accept(payload.path("data"));
                            }
                        }
                        case "error" -> completed.completeExceptionally(new CliFailure(ExitCode.FAILED,
                                "the server refused: " + message.path("payload")));
                        case "complete" -> completed.complete(null);
                        case "ping" -> socket.sendText("{\"type\":\"pong\"}", true);
                        default -> { }
                    }
                } catch (Exception e) {
                    completed.completeExceptionally(e);
                }
            }

            @Override
            public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
                completed.completeExceptionally(new CliFailure(ExitCode.FAILED,
                        "the server closed the connection (" + status + (reason.isEmpty() ? "" : ": " + reason) + ")"));
                return null;
            }

            @Override
            public void onError(WebSocket socket, Throwable error) {
                completed.completeExceptionally(error);
            }
        };
        WebSocket socket;
        try {
            socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws")
                    .buildAsync(endpoint, listener).get();
            Map<String, Object> init = new LinkedHashMap<>();
            init.put("type", "connection_init");
            if (token != null) {
                init.put("payload", Map.of("Authorization", "Bearer " + token, "token", token));
            }
            socket.sendText(JSON.writeValueAsString(init), true);
        } catch (ExecutionException | java.io.IOException e) {
            throw new CliFailure(ExitCode.FAILED, "no Opsledger server answers at " + endpoint + " (" + e.getMessage() + ")");
        }
        try {
            completed.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof CliFailure failure ? failure
                    : new CliFailure(ExitCode.FAILED, "following the subscription failed: " + e.getCause().getMessage());
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }
}
