package io.opsledger.api.http;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * A POST to {@code /graphql} that is not JSON is answered 415 by {@link HttpErrorAnswers}, naming
 * the accepted types, and one with an empty body 400; without this, Spring GraphQL's route answers
 * the first with an empty 415 and the second with an empty 200.
 */
@Component
class GraphQlContentTypeFilter implements WebFilter {

    private static final List<MediaType> ACCEPTED = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_GRAPHQL_RESPONSE);

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var request = exchange.getRequest();
        if (HttpMethod.POST.equals(request.getMethod()) && "/graphql".equals(request.getPath().value())) {
            MediaType type = request.getHeaders().getContentType();
            if (type == null || ACCEPTED.stream().noneMatch(accepted -> accepted.isCompatibleWith(type))) {
                return Mono.error(new UnsupportedMediaTypeStatusException(type, ACCEPTED, HttpMethod.POST));
            }
            if (request.getHeaders().getContentLength() == 0) {
                // Spring GraphQL answers an empty body with an empty 200.
                return Mono.error(new ServerWebInputException("the request body is empty"));
            }
        }
        return chain.filter(exchange);
    }
}
