package io.opsledger.support;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import org.reactivestreams.Publisher;
import org.springframework.core.Ordered;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.SubscriptionPublisherException;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The GraphQL half of {@link LeakAudit}: the message and extension values of every error in a
 * response, over HTTP and graphql-ws, the errors of each result a subscription streams and the ones
 * that end it, and the {@code errors} of mutation payloads. Ordered just after the caller's
 * interceptor, outside every interceptor that rewrites errors, so it reads what the client gets.
 */
final class GraphQlErrorAudit implements WebGraphQlInterceptor, Ordered {

    private static final int OPERATION_CHARS = 80;

    private final LeakAudit audit;

    GraphQlErrorAudit(LeakAudit audit) {
        this.audit = audit;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        String where = where(request);
        return chain.next(request).map(response -> {
            for (ResponseError error : response.getErrors()) {
                inspect(where, error.getMessage(), error.getExtensions());
            }
            Object data = response.getData();
            if (data instanceof Publisher<?> stream) {
                return response.transform(builder -> builder.data(Flux.from(stream)
                        .doOnNext(result -> inspectStreamed(where, result))
                        .doOnError(SubscriptionPublisherException.class, ending -> ending.getErrors()
                                .forEach(error -> inspect(where + ", ending the stream", error.getMessage(), error.getExtensions())))));
            }
            inspectPayloadErrors(where, data);
            return response;
        });
    }

    private void inspectStreamed(String where, Object result) {
        if (result instanceof ExecutionResult executionResult) {
            for (GraphQLError error : executionResult.getErrors()) {
                inspect(where + ", streamed", error.getMessage(), error.getExtensions());
            }
        }
    }

    /** A mutation's expected failures are in its payload: {@code {createPlan: {errors: [{message, ...}]}}}. */
    private void inspectPayloadErrors(String where, Object data) {
        if (!(data instanceof Map<?, ?> fields)) {
            return;
        }
        for (Map.Entry<?, ?> field : fields.entrySet()) {
            if (field.getValue() instanceof Map<?, ?> payload && payload.get("errors") instanceof List<?> errors) {
                for (Object error : errors) {
                    if (error instanceof Map<?, ?> userError && userError.get("message") instanceof String message) {
                        audit.inspect(where + ", " + field.getKey() + ".errors", message);
                    }
                }
            }
        }
    }

    private void inspect(String where, String message, Map<String, Object> extensions) {
        audit.inspect(where, message);
        if (extensions != null) {
            extensions.forEach((key, value) -> inspectValue(where + ", extensions." + key, value));
        }
    }

    private void inspectValue(String where, Object value) {
        switch (value) {
            case null -> { }
            case Map<?, ?> map -> map.forEach((key, nested) -> inspectValue(where + "." + key, nested));
            case Collection<?> items -> items.forEach(item -> inspectValue(where, item));
            default -> audit.inspect(where, String.valueOf(value));
        }
    }

    private static String where(WebGraphQlRequest request) {
        String operation = request.getOperationName() != null ? request.getOperationName()
                : String.valueOf(request.getDocument()).replaceAll("\\s+", " ").strip();
        if (operation.length() > OPERATION_CHARS) {
            operation = operation.substring(0, OPERATION_CHARS) + "…";
        }
        return "GraphQL over %s: %s".formatted(request instanceof WebSocketGraphQlRequest ? "graphql-ws" : "HTTP", operation);
    }
}
