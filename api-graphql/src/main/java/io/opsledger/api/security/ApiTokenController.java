package io.opsledger.api.security;

import io.opsledger.api.messaging.BlockingWork;
import io.opsledger.api.graphql.PageInfo;
import io.opsledger.api.graphql.UserError;
import io.opsledger.api.graphql.UserErrors;
import io.opsledger.api.security.ApiTokens.TokenInfo;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;


/** The signed-in caller, and API tokens for administrators (their role comes from graphql/access.yml). */
@Controller
class ApiTokenController {

    private final ApiTokens tokens;
    /** The application's own blocking pool: the JVM-wide boundedElastic can be held by other work. */
    private final BlockingWork blocking;

    ApiTokenController(ApiTokens tokens, BlockingWork blocking) {
        this.tokens = tokens;
        this.blocking = blocking;
    }

    record Me(String name, Role role, Instant expiresAt) {
    }

    record ApiTokenEdge(String cursor, TokenInfo node) {
    }

    record ApiTokenConnection(List<ApiTokenEdge> edges, PageInfo pageInfo) {
    }

    record CreateApiTokenInput(String name, Role role, Instant expiresAt) {
    }

    record RevokeApiTokenInput(String token) {
    }

    record CreateApiTokenPayload(TokenInfo token, String secret, List<UserError> errors) {
    }

    record ApiTokenPayload(TokenInfo token, List<UserError> errors) {
    }

    @QueryMapping
    Me me(@ContextValue(Caller.KEY) Caller caller) {
        return new Me(caller.name(), caller.role(), caller.expiresAt());
    }

    @QueryMapping
    Mono<ApiTokenConnection> apiTokens(@Argument int first, @Argument String after) {
        int start = after == null ? 0 : offset(after) + 1;
        return blocking(tokens::list).map(all -> {
            List<ApiTokenEdge> edges = all.stream().skip(start).limit(first)
                    .map(token -> new ApiTokenEdge(cursor(all.indexOf(token)), token)).toList();
            return new ApiTokenConnection(edges, PageInfo.of(edges, ApiTokenEdge::cursor,
                    start + edges.size() < all.size(), start > 0));
        });
    }

    @MutationMapping
    Mono<CreateApiTokenPayload> createApiToken(@Argument CreateApiTokenInput input,
                                               @ContextValue(Caller.KEY) Caller caller) {
        return blocking(() -> tokens.create(input.name(), input.role(), input.expiresAt(), caller.name()))
                .map(created -> new CreateApiTokenPayload(created.token(), created.secret(), List.of()))
                .onErrorResume(failure -> UserErrors.from(failure, "ApiToken", input.name())
                        .map(error -> Mono.just(new CreateApiTokenPayload(null, null, List.of(error))))
                        .orElseGet(() -> Mono.error(failure)));
    }

    @MutationMapping
    Mono<ApiTokenPayload> revokeApiToken(@Argument RevokeApiTokenInput input, @ContextValue(Caller.KEY) Caller caller) {
        return blocking(() -> tokens.revoke(input.token(), caller.name()))
                .map(revoked -> new ApiTokenPayload(revoked, List.of()))
                .onErrorResume(failure -> UserErrors.from(failure, "ApiToken", "?")
                        .map(error -> Mono.just(new ApiTokenPayload(null, List.of(error))))
                        .orElseGet(() -> Mono.error(failure)));
    }

    /** JDBC on a worker that a cancelled request does not interrupt (H2 closes its file on interrupts). */
    private <T> Mono<T> blocking(Callable<T> work) {
        return blocking.call(work);
    }

    private static String cursor(int index) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("token:" + index).getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            return Integer.parseInt(decoded.substring("token:".length()));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("after is not a cursor this connection gave out");
        }
    }
}
