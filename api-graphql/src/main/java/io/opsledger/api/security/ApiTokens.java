package io.opsledger.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * API tokens: 256 random bits, shown once when created, stored only as a SHA-256 hash. A fast hash
 * is enough because the secret is random and long (nothing to brute-force from a dictionary), and
 * it keeps the lookup every request makes cheap. Blocking JDBC: call from a thread that may block.
 */
@Component
public class ApiTokens {

    /** Makes a leaked token recognisable to secret scanners and in a support request. */
    static final String PREFIX = "opl_";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");
    /** Last use is written at most this often per token, so reads do not turn into a write each. */
    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);
    /**
     * How long a lookup by secret is reused. Revocations on this instance clear them at once; one
     * made on another instance is seen here within this time.
     */
    static final Duration LOOKUP_TTL = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<UUID, Instant> lastUseWritten = new ConcurrentHashMap<>();
    private final Sinks.Many<UUID> revoked = Sinks.many().multicast().directBestEffort();
    /** Recent lookups by hash, found or not: a burst of requests, refused ones included, costs one query. */
    private final Cache<String, Optional<TokenInfo>> lookups = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(LOOKUP_TTL).build();

    @Autowired
    ApiTokens(JdbcClient jdbc) {
        this(jdbc, Clock.systemUTC());
    }

    ApiTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A token as the API shows it: everything but the secret, which is not kept. */
    public record TokenInfo(UUID id, String name, Role role, Instant createdAt, String createdBy, Instant lastUsedAt,
                            Instant expiresAt, Instant revokedAt, String revokedBy) {
    }

    /** A new token and its secret, which exists only in this answer. */
    public record CreatedToken(TokenInfo token, String secret) {
    }

    public CreatedToken create(String name, Role role, Instant expiresAt, String createdBy) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw TokenRule.TOKEN_NAME_INVALID.violated(
                    "name must be 1 to 100 letters, digits, '.', '_', '@' or '-' (got '%s')", abbreviate(name));
        }
        Instant now = clock.instant();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw TokenRule.TOKEN_EXPIRY_IN_PAST.violated("expiresAt %s is not in the future", expiresAt);
        }
        if (findLive(name).isPresent()) {
            throw TokenRule.TOKEN_NAME_IN_USE.violated(
                    "a live token is already named '%s': revoke it first or choose another name", name);
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO api_token (token_id, name, role, token_hash, created_at, created_by, expires_at)
                        VALUES (:id, :name, :role, :hash, :createdAt, :createdBy, :expiresAt)""")
                .param("id", id).param("name", name).param("role", role.name()).param("hash", hash(secret))
                .param("createdAt", time(now)).param("createdBy", createdBy).param("expiresAt", time(expiresAt))
                .update();
        lookups.invalidateAll();
        log.info("API token '{}' ({}) with role {} created by {}", name, id, role, createdBy);
        return new CreatedToken(new TokenInfo(id, name, role, now, createdBy, null, expiresAt, null, null), secret);
    }

    /** Revokes the live token with this id or name; its open subscriptions are closed at once. */
    public TokenInfo revoke(String idOrName, String revokedBy) {
        boolean secret = idOrName != null && idOrName.startsWith(PREFIX);
        TokenInfo token = (secret ? findByHash(hash(idOrName)) : parseId(idOrName).flatMap(this::find))
                .filter(info -> info.revokedAt() == null)
                .or(() -> secret ? Optional.empty() : findLive(idOrName))
                // A secret given by mistake is never echoed: error messages may end up in logs.
                .orElseThrow(() -> TokenRule.TOKEN_NOT_FOUND.violated("no live token has the %s",
                        secret ? "given secret" : "id or name '" + abbreviate(idOrName) + "'"));
        Instant now = clock.instant();
        jdbc.sql("UPDATE api_token SET revoked_at = :now, revoked_by = :by WHERE token_id = :id AND revoked_at IS NULL")
                .param("now", time(now)).param("by", revokedBy).param("id", token.id()).update();
        lookups.invalidateAll();
        log.info("API token '{}' ({}) revoked by {}", token.name(), token.id(), revokedBy);
        revoked.tryEmitNext(token.id());
        return new TokenInfo(token.id(), token.name(), token.role(), token.createdAt(), token.createdBy(),
                token.lastUsedAt(), token.expiresAt(), now, revokedBy);
    }

    /** Ids of tokens as they are revoked on this instance. */
    public Flux<UUID> revocations() {
        return revoked.asFlux();
    }

    public List<TokenInfo> list() {
        return jdbc.sql("SELECT * FROM api_token ORDER BY created_at, name").query(ApiTokens::info).list();
    }

    public boolean anyLive() {
        return jdbc.sql("SELECT COUNT(*) FROM api_token WHERE revoked_at IS NULL").query(Long.class).single() > 0;
    }

    /** The caller a secret stands for, if it is a live token's; records its use. */
    public Optional<Caller> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<TokenInfo> token = lookups.get(hash(secret), this::findByHash)
                .filter(info -> info.revokedAt() == null)
                .filter(info -> info.expiresAt() == null || info.expiresAt().isAfter(now));
        token.ifPresent(info -> recordUse(info.id(), now));
        return token.map(info -> new Caller(info.name(), info.role(), info.id().toString(), info.expiresAt()));
    }

    /** Whether the token with this id may still be used. */
    public boolean isLive(UUID id) {
        Instant now = clock.instant();
        return find(id).filter(info -> info.revokedAt() == null)
                .filter(info -> info.expiresAt() == null || info.expiresAt().isAfter(now)).isPresent();
    }

    private void recordUse(UUID id, Instant now) {
        Instant written = lastUseWritten.get(id);
        if (written == null || written.plus(LAST_USE_PRECISION).isBefore(now)) {
            lastUseWritten.put(id, now);
            jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE token_id = :id")
                    .param("now", time(now)).param("id", id).update();
        }
    }

    private Optional<TokenInfo> find(UUID id) {
        return jdbc.sql("SELECT * FROM api_token WHERE token_id = :id").param("id", id).query(ApiTokens::info).optional();
    }

    private Optional<TokenInfo> findByHash(String hash) {
        return jdbc.sql("SELECT * FROM api_token WHERE token_hash = :hash").param("hash", hash)
                .query(ApiTokens::info).optional();
    }

    private Optional<TokenInfo> findLive(String name) {
        return jdbc.sql("SELECT * FROM api_token WHERE name = :name AND revoked_at IS NULL")
                .param("name", name).query(ApiTokens::info).optional();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static TokenInfo info(ResultSet row, int rowNum) throws SQLException {
        return new TokenInfo(row.getObject("token_id", UUID.class), row.getString("name"),
                Role.valueOf(row.getString("role")), instant(row, "created_at"), row.getString("created_by"),
                instant(row, "last_used_at"), instant(row, "expires_at"), instant(row, "revoked_at"),
                row.getString("revoked_by"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Optional<UUID> parseId(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
