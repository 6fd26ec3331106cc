/**
 * How the API hands work to Axon: one dispatcher sends every command with the audit metadata of the
 * request that caused it (and its idempotency key), on threads that block but are never
 * interrupted, and answers one result shape; queries, subscriptions and the read-your-writes wait
 * on the read models' progress signals live in {@link io.opsledger.api.messaging.Queries}.
 */
package io.opsledger.api.messaging;
