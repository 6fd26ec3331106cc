package io.opsledger.api.web;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A browser asking for a page of the UI (GET, accepts HTML, no file extension, not an API path)
 * gets index.html; the UI's router then shows the page. API paths, GraphiQL and files are untouched.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UiRouteFallbackFilter implements WebFilter {

    /** Paths the server itself answers; everything else of the above shape is a UI route. */
    private static final List<String> SERVER_PATHS = List.of("/graphql", "/graphiql", "/ping", "/api", "/actuator", "/assets", "/index.html");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return chain.filter(isUiRoute(exchange) ? toIndex(exchange) : exchange);
    }

    static boolean isUiRoute(String path, boolean get, boolean acceptsHtml) {
        if (!get || !acceptsHtml || path.equals("/")) {
            return false;
        }
        for (String serverPath : SERVER_PATHS) {
            if (path.equals(serverPath) || path.startsWith(serverPath + "/")) {
                return false;
            }
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".");
    }

    private static boolean isUiRoute(ServerWebExchange exchange) {
        var request = exchange.getRequest();
        boolean acceptsHtml = request.getHeaders().getAccept().stream().anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
        return isUiRoute(request.getPath().pathWithinApplication().value(), HttpMethod.GET.equals(request.getMethod()), acceptsHtml);
    }

    private static ServerWebExchange toIndex(ServerWebExchange exchange) {
        return exchange.mutate().request(exchange.getRequest().mutate().path("/index.html").build()).build();
    }
}
