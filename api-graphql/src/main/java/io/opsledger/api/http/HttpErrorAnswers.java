package io.opsledger.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Answers failures that reach the web layer with {@code {"error": message, "code": CODE, ...}}:
 * 413 naming the body limit, 400 saying what is missing or malformed (for {@code /graphql}, which
 * member of the request), 415 naming the accepted types, 404/405 naming the path and method. Runs
 * before Spring Boot's default handler, whose body has no message; an unexpected failure is logged
 * under an incident id and answered by that id alone.
 */
@Component
@Order(-2)
class HttpErrorAnswers implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(HttpErrorAnswers.class);
    private static final String GRAPHQL_SHAPE = "the body must be a JSON object with \"query\" (a GraphQL document, "
            + "required), and optionally \"operationName\" (string), \"variables\" (object) and \"extensions\" (object)";

    private final ObjectMapper json;
    private final DataSize maxBody;

    HttpErrorAnswers(ObjectMapper json, @Value("${spring.codec.max-in-memory-size:256KB}") DataSize maxBody) {
        this.json = json;
        this.maxBody = maxBody;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(failure);
        }
        String path = exchange.getRequest().getPath().value();
        Map<String, Object> body = new LinkedHashMap<>();
        HttpStatusCode status = answer(exchange, failure, path, body);
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            bytes = "{\"error\":\"the error could not be written\"}".getBytes(StandardCharsets.UTF_8);
        }
        return response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
    }

    private HttpStatusCode answer(ServerWebExchange exchange, Throwable failure, String path, Map<String, Object> body) {
        if (causedBy(failure, DataBufferLimitException.class)) {
            body.put("error", "the request body is larger than %s (%d bytes), the most this server accepts"
                    .formatted(readable(maxBody), maxBody.toBytes()));
            body.put("code", "PAYLOAD_TOO_LARGE");
            body.put("limitBytes", maxBody.toBytes());
            return HttpStatus.PAYLOAD_TOO_LARGE;
        }
        if (failure instanceof UnsupportedMediaTypeStatusException unsupported) {
            String type = unsupported.getContentType() == null ? "no Content-Type" : "Content-Type " + unsupported.getContentType();
            body.put("error", "%s is not accepted at %s; send one of: %s".formatted(type, path,
                    unsupported.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining(", "))));
            body.put("code", "UNSUPPORTED_MEDIA_TYPE");
            return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        }
        if (failure instanceof MethodNotAllowedException notAllowed) {
            body.put("error", "%s is not allowed at %s; use %s".formatted(notAllowed.getHttpMethod(), path,
                    notAllowed.getSupportedMethods().stream().map(Object::toString).sorted().collect(Collectors.joining(", "))));
            body.put("code", "METHOD_NOT_ALLOWED");
            return HttpStatus.METHOD_NOT_ALLOWED;
        }
        if (failure instanceof ServerWebInputException input) {
            body.put("error", badInput(input, path));
            body.put("code", "BAD_REQUEST");
            return HttpStatus.BAD_REQUEST;
        }
        if (failure instanceof ResponseStatusException status && status.getStatusCode().is4xxClientError()) {
            body.put("error", status.getStatusCode().value() == 404
                    ? "nothing is served at %s %s%s".formatted(exchange.getRequest().getMethod(), path,
                            path.startsWith("/graphql") ? "; GraphQL requests are POST /graphql with a JSON body" : "")
                    : "the request was refused (%s)".formatted(HttpStatus.valueOf(status.getStatusCode().value()).getReasonPhrase()));
            body.put("code", HttpStatus.valueOf(status.getStatusCode().value()).name());
            return status.getStatusCode();
        }
        String incident = UUID.randomUUID().toString();
        log.error("Unexpected failure of {} {} (incident {})", exchange.getRequest().getMethod(), path, incident, failure);
        body.put("error", "internal error (incident %s); the server log has the details".formatted(incident));
        body.put("code", "INTERNAL_ERROR");
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    /** What is wrong with the body, in the client's terms: which member, and what it should be. */
    private static String badInput(ServerWebInputException input, String path) {
        boolean graphQl = path.startsWith("/graphql");
        JsonMappingException mapping = cause(input, JsonMappingException.class);
        if (mapping != null && !mapping.getPath().isEmpty()) {
            String member = mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return "\"%s\" has the wrong type; %s".formatted(member, graphQl ? GRAPHQL_SHAPE : "see the endpoint's documentation");
        }
        com.fasterxml.jackson.core.JsonParseException parse = cause(input, com.fasterxml.jackson.core.JsonParseException.class);
        com.fasterxml.jackson.core.io.JsonEOFException eof = cause(input, com.fasterxml.jackson.core.io.JsonEOFException.class);
        if (parse != null || eof != null) {
            JsonProcessingException syntax = parse != null ? parse : eof;
            String where = syntax.getLocation() == null ? "" : " at line %d, column %d".formatted(
                    syntax.getLocation().getLineNr(), syntax.getLocation().getColumnNr());
            return "the body is not valid JSON%s%s".formatted(where, graphQl ? "; " + GRAPHQL_SHAPE : "");
        }
        if (graphQl) {
            return GRAPHQL_SHAPE + " (the request had no usable \"query\", or was empty)";
        }
        return "the request is malformed: a parameter or the body is missing or not of the expected form";
    }

    private static String readable(DataSize size) {
        long bytes = size.toBytes();
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB"
                : bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " bytes";
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        return cause(failure, type) != null;
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
