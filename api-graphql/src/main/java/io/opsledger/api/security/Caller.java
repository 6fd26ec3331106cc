package io.opsledger.api.security;

import java.time.Instant;

/**
 * An authenticated caller. {@code name} is the principal written in every event it causes (a token's
 * name or a JWT subject); {@code credentialId} names the credential (a token id, or a JWT subject)
 * for revocation and per-token limits; {@code expiresAt} is null for a credential without expiry.
 */
public record Caller(String name, Role role, String credentialId, Instant expiresAt) {

    /** The key of the caller in a GraphQL context and in the attributes of a graphql-ws session. */
    public static final String KEY = "opsledger.caller";

    public boolean may(Role required) {
        return role.includes(required);
    }
}
