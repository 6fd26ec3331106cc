package io.opsledger.api.security;

import graphql.ErrorClassification;

/**
 * Why a GraphQL field was refused before it ran: the {@code extensions.classification} a client
 * receives, and the code to search for.
 */
public enum AccessError implements ErrorClassification {
    /** No valid token came with the request. */
    UNAUTHENTICATED,
    /** The token's role does not include the role the field needs (graphql/access.yml). */
    FORBIDDEN,
    /** The token sent more requests than opsledger.limits.requests-per-second allows. */
    RATE_LIMITED,
    /** The connection has opsledger.limits.subscriptions-per-connection subscriptions open already. */
    TOO_MANY_SUBSCRIPTIONS
}
