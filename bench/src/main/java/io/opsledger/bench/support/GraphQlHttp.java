package io.opsledger.bench.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * GraphQL over HTTP with the JDK client, HTTP/1.1 (one request per connection at a time, as most
 * clients do). One instance per simulated connection for closed-loop load; one shared instance for
 * open-loop load, which opens as many connections as requests are in flight.
 */
public final class GraphQlHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client;
    private final URI endpoint;

    public GraphQlHttp(URI endpoint) {
        this.endpoint = endpoint;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Runs one operation; a transport error, a non-200 answer or top-level GraphQL errors throw. */
    public JsonNode execute(String document, Map<String, Object> variables) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(request(document, variables), HttpResponse.BodyHandlers.ofByteArray());
        return data(response);
    }

    public CompletableFuture<JsonNode> executeAsync(String document, Map<String, Object> variables) {
        try {
            return client.sendAsync(request(document, variables), HttpResponse.BodyHandlers.ofByteArray())
                    .thenApply(GraphQlHttp::dataUnchecked);
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Runs a mutation whose payload has an {@code errors} list, and answers the payload; expected
     * failures (the payload's errors) throw too, since the benchmarks send only valid commands.
     */
    public JsonNode mutate(String field, String document, Map<String, Object> variables)
            throws IOException, InterruptedException {
        return payload(field, execute(document, variables));
    }

    public static JsonNode payload(String field, JsonNode data) throws GraphQlError {
        JsonNode payload = data.path(field);
        JsonNode errors = payload.path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
            throw new GraphQlError(field + ": " + errors);
        }
        return payload;
    }

    private HttpRequest request(String document, Map<String, Object> variables) throws IOException {
        byte[] body = JSON.writeValueAsBytes(Map.of("query", document, "variables", variables));
        return HttpRequest.newBuilder(endpoint).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Bearer " + AppProcess.ADMIN_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private static JsonNode dataUnchecked(HttpResponse<byte[]> response) {
        try {
            return data(response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode data(HttpResponse<byte[]> response) throws IOException {
        if (response.statusCode() != 200) {
            throw new GraphQlError("HTTP " + response.statusCode() + ": "
                    + new String(response.body(), 0, Math.min(300, response.body().length)));
        }
        JsonNode root = JSON.readTree(response.body());
        JsonNode errors = root.path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
            throw new GraphQlError(errors.toString());
        }
        return root.path("data");
    }

    /** An answer that is not the success the benchmark expected. */
    public static final class GraphQlError extends IOException {
        public GraphQlError(String message) {
            super(message.length() > 500 ? message.substring(0, 500) : message);
        }
    }
}
