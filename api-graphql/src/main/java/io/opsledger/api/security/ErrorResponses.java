package io.opsledger.api.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Refusals before GraphQL runs (no token, a bad token, a limit), written as a GraphQL error list
 * whose {@code extensions.classification} is the code to search for, so that GraphQL clients and
 * scripts read them like any other error.
 */
final class ErrorResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorResponses() {
    }

    static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String classification, String message) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(Map.of("errors", List.of(Map.of("message", message,
                    "extensions", Map.of("classification", classification)))));
        } catch (JsonProcessingException e) {
            body = ("{\"errors\":[{\"message\":\"" + classification + "\"}]}").getBytes(StandardCharsets.UTF_8);
        }
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }
}
