package io.opsledger.api.security;

import io.opsledger.api.messaging.BlockingWork;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.List;

/**
 * Turns a bearer credential into a caller, for HTTP requests and graphql-ws {@code connection_init}
 * alike: the {@code OPSLEDGER_ADMIN_TOKEN}, the local admin key, an API token, or, when an OIDC
 * issuer is configured, a JWT. Fails with {@link InvalidBearerTokenException}, whose message never
 * contains the credential.
 */
@Component
public class TokenAuthenticator {

    static final String ENV_ADMIN = "env-admin";

    private final ApiTokens tokens;
    /** The application's own blocking pool: the JVM-wide boundedElastic can be held by other work. */
    private final BlockingWork blocking;
    private final LocalAdminKey localAdminKey;
    private final byte[] adminTokenHash;
    private final ReactiveJwtDecoder jwtDecoder;
    private final String roleClaim;
    private final String principalClaim;

    TokenAuthenticator(ApiTokens tokens, LocalAdminKey localAdminKey, BlockingWork blocking,
                       @Value("${opsledger.security.admin-token:}") String adminToken,
                       ObjectProvider<ReactiveJwtDecoder> jwtDecoder,
                       @Value("${opsledger.security.oidc.role-claim:opsledger_role}") String roleClaim,
                       @Value("${opsledger.security.oidc.principal-claim:sub}") String principalClaim) {
        this.tokens = tokens;
        this.localAdminKey = localAdminKey;
        this.blocking = blocking;
        this.adminTokenHash = adminToken.isBlank() ? null : sha256(adminToken.trim());
        this.jwtDecoder = jwtDecoder.getIfAvailable();
        this.roleClaim = roleClaim;
        this.principalClaim = principalClaim;
    }

    /** The caller for an {@code Authorization} header value or a bare token. */
    public Mono<Caller> authenticate(String credential) {
        String token = bare(credential);
        if (token.isEmpty()) {
            return Mono.error(new InvalidBearerTokenException("no token given: send Authorization: Bearer <token>"));
        }
        if (adminTokenHash != null && MessageDigest.isEqual(adminTokenHash, sha256(token))) {
            return Mono.just(new Caller(ENV_ADMIN, Role.ADMIN, ENV_ADMIN, null));
        }
        if (localAdminKey.matches(token)) {
            return Mono.just(new Caller(LocalAdminKey.PRINCIPAL, Role.ADMIN, LocalAdminKey.PRINCIPAL, null));
        }
        if (token.startsWith(ApiTokens.PREFIX)) {
            // JDBC on a worker; a cancelled request must not interrupt it (H2 closes its file on interrupts).
            return blocking.call(() -> tokens.authenticate(token).orElse(null))
                    .switchIfEmpty(Mono.error(() -> new InvalidBearerTokenException(
                            "the token is unknown, revoked or expired")));
        }
        if (jwtDecoder != null && token.chars().filter(c -> c == '.').count() == 2) {
            return jwtDecoder.decode(token)
                    .onErrorMap(e -> !(e instanceof InvalidBearerTokenException),
                            e -> new InvalidBearerTokenException("the JWT was refused: " + e.getMessage()))
                    .map(this::fromJwt);
        }
        return Mono.error(new InvalidBearerTokenException("the token is unknown, revoked or expired"));
    }

    private Caller fromJwt(Jwt jwt) {
        Object claim = jwt.getClaims().get(roleClaim);
        Collection<?> values = claim instanceof Collection<?> many ? many : claim == null ? List.of() : List.of(claim);
        Role role = values.stream().map(String::valueOf).map(Role::parse).flatMap(java.util.Optional::stream)
                .max(Enum::compareTo)
                .orElseThrow(() -> new InvalidBearerTokenException("the JWT carries no Opsledger role in its claim '"
                        + roleClaim + "' (VIEWER, OPERATOR or ADMIN)"));
        String name = jwt.getClaimAsString(principalClaim);
        if (name == null || name.isBlank()) {
            throw new InvalidBearerTokenException("the JWT has no '" + principalClaim + "' claim to name its principal");
        }
        return new Caller(name, role, "jwt:" + name, jwt.getExpiresAt());
    }

    private static String bare(String credential) {
        if (credential == null) {
            return "";
        }
        String value = credential.trim();
        if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            value = value.substring(7).trim();
        }
        return value;
    }

    static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
