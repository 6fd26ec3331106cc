package io.opsledger.api.integrity;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.reactivestreams.Publisher;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.graphql.execution.SubscriptionPublisherException;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;

/**
 * Test-only answers that show internal names, for {@link LeakAuditIT} to show the audit catches
 * them: {@code GET /api/test-only/leak} answers 500 with a JDK exception and a record's
 * {@code toString}, and a GraphQL document naming {@link #MARKER} gets a leaking error in place of its
 * errors (or, for a subscription, one streamed result and a stream-ending error). Loaded only by the
 * test that names it in {@code spring.main.sources}; no stereotype, so the component scan skips it.
 */
public class LeakingAnswers {

    static final String MARKER = "LeakForTest";
    static final String LEAKING_TEXT = "java.lang.IllegalStateException: PlanId[value=42]";

    @Bean
    RouterFunction<ServerResponse> leakingRoute() {
        return RouterFunctions.route().GET("/api/test-only/leak", request -> ServerResponse
                .status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("error", LEAKING_TEXT, "code", "INTERNAL_ERROR"))).build();
    }

    @Bean
    WebGraphQlInterceptor leakingGraphQlErrors() {
        return new LeakingInterceptor();
    }

    /** Inside the audit (which is ordered just after the caller's interceptor), so the audit sees what it writes. */
    private static final class LeakingInterceptor implements WebGraphQlInterceptor, Ordered {

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE + 2;
        }

        @Override
        public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
            if (!request.getDocument().contains(MARKER)) {
                return chain.next(request);
            }
            return chain.next(request).map(response -> response.getData() instanceof Publisher<?>
                    ? response.transform(builder -> builder.data(Flux.just(ExecutionResult.newExecutionResult()
                            .addError(error("streamed: " + LEAKING_TEXT)).build())
                            .concatWith(Flux.error(new SubscriptionPublisherException(
                                    List.of(error("ended: io.opsledger.query.Projection failed")), null)))))
                    : response.transform(builder -> builder.errors(List.of(GraphqlErrorBuilder.newError()
                            .message("internal error").extensions(Map.of("detail", LEAKING_TEXT)).build()))));
        }

        private static GraphQLError error(String message) {
            return GraphqlErrorBuilder.newError().message(message).build();
        }
    }
}
