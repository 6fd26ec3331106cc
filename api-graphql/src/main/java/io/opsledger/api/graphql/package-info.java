/**
 * GraphQL plumbing shared by every feature: scalars, the limits on query depth and complexity,
 * the typed errors mutations return in their payloads, and the mapping of unexpected failures to
 * errors that never leak a stack trace.
 */
package io.opsledger.api.graphql;
