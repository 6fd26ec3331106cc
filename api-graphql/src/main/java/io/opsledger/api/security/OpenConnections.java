package io.opsledger.api.security;

import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketSession;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The graphql-ws connections open on this instance, by credential: at most
 * {@code opsledger.limits.connections-per-token} each, and closed with 4403 the moment their token
 * is revoked here or expires.
 */
@Component
public class OpenConnections {

    static final CloseStatus REVOKED = new CloseStatus(4403, "Forbidden: the token was revoked");
    static final CloseStatus EXPIRED = new CloseStatus(4403, "Forbidden: the token expired");

    private final int maxPerCredential;
    private final Map<String, Set<WebSocketSession>> byCredential = new ConcurrentHashMap<>();
    private final Disposable revocations;

    OpenConnections(ApiTokens tokens, @Value("${opsledger.limits.connections-per-token:20}") int maxPerCredential) {
        this.maxPerCredential = maxPerCredential;
        this.revocations = tokens.revocations().subscribe(this::revoked);
    }

    int maxPerCredential() {
        return maxPerCredential;
    }

    /** Registers the session, or answers false when its credential has as many connections as allowed. */
    boolean open(Caller caller, WebSocketSession session) {
        boolean[] accepted = {false};
        // compute() holds the credential's entry while it counts, so two connections cannot both take the last slot.
        byCredential.compute(caller.credentialId(), (id, sessions) -> {
            Set<WebSocketSession> open = sessions == null ? ConcurrentHashMap.newKeySet() : sessions;
            if (open.size() < maxPerCredential) {
                accepted[0] = open.add(session);
            }
            return open.isEmpty() ? null : open;
        });
        if (!accepted[0]) {
            return false;
        }
        if (caller.expiresAt() != null) {
            Duration left = Duration.between(Instant.now(), caller.expiresAt());
            // The close runs on its own: disposing the timer when the session closes must not cancel the
            // close frame being written (the client would see the connection drop, 1006, not 4403).
            Disposable expiry = Mono.delay(left.isNegative() ? Duration.ZERO : left)
                    .subscribe(tick -> session.close(EXPIRED).subscribe());
            session.closeStatus().doFinally(signal -> expiry.dispose()).subscribe();
        }
        // Runs as the close frame arrives, before it is answered: a client that saw the answer may connect again.
        session.closeStatus().doFinally(signal -> closed(caller.credentialId(), session)).subscribe();
        return true;
    }

    /** Whether this credential has a connection open here. */
    boolean tracks(String credentialId) {
        return byCredential.containsKey(credentialId);
    }

    /** Frees the session's slot, and forgets a credential with none left (JWT subjects are not bounded). */
    private void closed(String credentialId, WebSocketSession session) {
        byCredential.computeIfPresent(credentialId, (id, sessions) -> {
            sessions.remove(session);
            return sessions.isEmpty() ? null : sessions;
        });
    }

    private void revoked(UUID tokenId) {
        Set<WebSocketSession> sessions = byCredential.remove(tokenId.toString());
        if (sessions != null) {
            sessions.forEach(session -> session.close(REVOKED).subscribe());
        }
    }

    @PreDestroy
    void stop() {
        revocations.dispose();
    }
}
