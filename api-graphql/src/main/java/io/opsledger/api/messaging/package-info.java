/**
 * How the API hands work to Axon: every command leaves with the audit metadata of the request that
 * caused it, on a thread where blocking is allowed, never on a Netty event loop.
 */
package io.opsledger.api.messaging;
