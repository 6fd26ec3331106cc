package io.opsledger.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Posts one GraphQL operation to a server and returns its {@code data}, or fails with the server's message. */
final class GraphQlHttpClient {

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;
    private final String token;

    /** A client that authenticates as {@link Credentials#resolve} finds from the environment. */
    GraphQlHttpClient(String server) {
        this(server, Credentials.resolve(null, null));
    }

    /** A client that sends {@code token} as its bearer token (none when null). */
    GraphQlHttpClient(String server, String token) {
        this.endpoint = URI.create(server.replaceAll("/+$", "") + "/graphql");
        this.token = token;
    }

    JsonNode execute(String document, Map<String, Object> variables) {
        try {
            String body = json.writeValueAsString(Map.of("query", document, "variables", variables));
            HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode result = json.readTree(response.body());
            if (response.statusCode() == 401) {
                throw new CliFailure(1, "the server refused the token (" + result.path("errors").path(0).path("message")
                        .asText() + "): pass --token, or set OPSLEDGER_TOKEN (docs/security.md)");
            }
            if (result.hasNonNull("errors") && !result.get("errors").isEmpty()) {
                throw new CliFailure(1, "the server refused the request: " + result.get("errors").get(0).path("message").asText());
            }
            return result.path("data");
        } catch (ConnectException e) {
            throw new CliFailure(1, "no Opsledger server answers at " + endpoint
                    + " (start one with ./run server, or pass --server URL)");
        } catch (IOException e) {
            throw new CliFailure(1, "talking to " + endpoint + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliFailure(1, "interrupted");
        }
    }

    /**
     * Runs a mutation and returns its payload (the value of {@code field}); a typed error in the
     * payload (NOT_FOUND, VALIDATION, ...) fails the verb with exit code 1, naming its code.
     */
    JsonNode mutate(String document, Map<String, Object> variables, String field) {
        JsonNode payload = execute(document, variables).path(field);
        JsonNode errors = payload.path("errors");
        if (!errors.isEmpty()) {
            throw new CliFailure(ExitCode.FAILED, errors.get(0).path("code").asText() + ": "
                    + errors.get(0).path("message").asText());
        }
        return payload;
    }

    /** A failure the user can act on: printed as one line, with the exit code. */
    static final class CliFailure extends RuntimeException {

        final int exitCode;

        CliFailure(int exitCode, String message) {
            super(message);
            this.exitCode = exitCode;
        }
    }
}
