package io.opsledger.api.http;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * A POST to {@code /graphql} that is not JSON is answered 415 by {@link HttpErrorAnswers}, naming
 * the accepted types; without this, Spring GraphQL's route answers 415 with an empty body.
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
        }
        return chain.filter(exchange);
    }
}
