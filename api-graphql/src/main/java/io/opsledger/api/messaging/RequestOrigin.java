package io.opsledger.api.messaging;

import io.opsledger.kernel.MessageMetadata;

import java.time.Instant;
import java.util.UUID;

/** Who sent a request, the correlation id that ties together everything it causes, and when. */
public record RequestOrigin(String principal, String correlationId, Instant issuedAt) {

    /** The key under which the origin travels in the Reactor context of a request. */
    public static final String CONTEXT_KEY = RequestOrigin.class.getName();

    /** The key under which the authenticated principal's name travels in the Reactor context. */
    public static final String PRINCIPAL_KEY = RequestOrigin.class.getName() + ".principal";

    public static RequestOrigin anonymous(String correlationId) {
        return of(MessageMetadata.ANONYMOUS, correlationId);
    }

    /** A request by {@code principal}; a new correlation id when the client sent none. */
    public static RequestOrigin of(String principal, String correlationId) {
        String id = correlationId == null || correlationId.isBlank() ? UUID.randomUUID().toString() : correlationId;
        return new RequestOrigin(principal, id, Instant.now());
    }
}
