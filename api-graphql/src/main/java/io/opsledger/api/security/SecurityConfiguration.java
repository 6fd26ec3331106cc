package io.opsledger.api.security;

import io.opsledger.api.security.AccessPolicy.HttpRule;
import org.springframework.boot.autoconfigure.graphql.GraphQlCorsProperties;
import org.springframework.boot.autoconfigure.graphql.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webflux.GraphQlWebSocketHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.util.matcher.OrServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.PathPatternParserServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * The HTTP side of the model: bearer tokens on every request, each endpoint's role from
 * {@link AccessPolicy}, refusals as GraphQL-shaped JSON, no sessions or cookies (so no CSRF),
 * CORS only when {@code spring.graphql.cors.allowed-origins} is set, and the security headers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** The web UI needs its own scripts and styles, inline style attributes (charts), and its own API. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /** GraphiQL's page is Spring GraphQL's: an inline module script and its libraries from esm.sh. */
    static final String GRAPHIQL_CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' https://esm.sh; style-src 'self' 'unsafe-inline' https://esm.sh; "
            + "worker-src 'self' blob: https://esm.sh; img-src 'self' data: https://esm.sh; font-src 'self' data: https://esm.sh; "
            + "connect-src 'self' https://esm.sh; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, AccessPolicy policy,
                                                  TokenAuthenticator authenticator, RequestLimits limits,
                                                  GraphQlCorsProperties corsProperties, GraphQlProperties graphQl) {
        ReactiveAuthenticationManager tokens = authentication ->
                authenticator.authenticate(((BearerTokenAuthenticationToken) authentication).getToken())
                        .map(CallerAuthentication::new);
        ServerAuthenticationEntryPoint unauthenticated = (exchange, failure) -> {
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            return ErrorResponses.write(exchange, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", message(failure));
        };
        ServerAccessDeniedHandler forbidden = (exchange, denied) -> ErrorResponses.write(exchange,
                HttpStatus.FORBIDDEN, "FORBIDDEN", "your token's role may not " + exchange.getRequest().getMethod()
                        + " " + exchange.getRequest().getPath().value() + " (see docs/security.md)");
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .anonymous(ServerHttpSecurity.AnonymousSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.disable())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .authenticationManagerResolver(exchange -> Mono.just(tokens))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .authorizeExchange(exchanges -> authorize(exchanges, policy.httpRules()))
                .cors(cors -> cors.configurationSource(cors(corsProperties, graphQl)))
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frame -> frame.mode(Mode.DENY)))
                .addFilterAfter(limits.webFilter(), SecurityWebFiltersOrder.AUTHENTICATION)
                .addFilterAt(contentSecurityPolicy(), SecurityWebFiltersOrder.HTTP_HEADERS_WRITER)
                .build();
    }

    /** Spring GraphQL's graphql-ws handler, letting the token check close a connection with 4403. */
    @Bean
    GraphQlWebSocketHandler graphQlWebSocketHandler(WebGraphQlHandler handler, GraphQlProperties properties,
                                                    ServerCodecConfigurer codecs) {
        return new TokenCheckingWebSocketHandler(handler, codecs, properties.getWebsocket().getConnectionInitTimeout(),
                properties.getWebsocket().getKeepAlive());
    }

    /** The policy for the page being served: GraphiQL's, or the strict one for everything else. */
    private static WebFilter contentSecurityPolicy() {
        return (exchange, chain) -> {
            exchange.getResponse().beforeCommit(() -> {
                boolean graphiql = exchange.getRequest().getPath().value().startsWith("/graphiql");
                exchange.getResponse().getHeaders().set("Content-Security-Policy",
                        graphiql ? GRAPHIQL_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
                return Mono.empty();
            });
            return chain.filter(exchange);
        };
    }

    private static void authorize(AuthorizeExchangeSpec exchanges, List<HttpRule> rules) {
        for (HttpRule rule : rules) {
            List<ServerWebExchangeMatcher> matchers = rule.methods().stream()
                    .<ServerWebExchangeMatcher>map(method -> new PathPatternParserServerWebExchangeMatcher(rule.path(), method))
                    .toList();
            AuthorizeExchangeSpec.Access access = exchanges.matchers(new OrServerWebExchangeMatcher(matchers));
            rule.role().ifPresentOrElse(role -> access.hasRole(role.name()), access::permitAll);
        }
        exchanges.anyExchange().denyAll();
    }

    /** CORS for the GraphQL endpoint only when origins are configured; otherwise none at all. */
    private static CorsConfigurationSource cors(GraphQlCorsProperties properties, GraphQlProperties graphQl) {
        CorsConfiguration configuration = properties.toCorsConfiguration();
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (configuration != null) {
            source.registerCorsConfiguration(graphQl.getHttp().getPath(), configuration);
        }
        return source;
    }

    private static String message(AuthenticationException failure) {
        String message = failure.getMessage();
        if (message == null || message.startsWith("Full authentication") || message.startsWith("Not Authenticated")) {
            return "this needs a token: send Authorization: Bearer <token> (docs/security.md tells how to get one)";
        }
        return message;
    }
}
