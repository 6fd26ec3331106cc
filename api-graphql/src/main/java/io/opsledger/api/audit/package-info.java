/**
 * Audit over GraphQL: an entity's history and the events of one request (read by the query
 * side's audit reader), and the state of an entity as of an instant or the difference between two
 * instants, rebuilt by replaying its events through the aggregate's own event-sourcing handlers.
 * It lives here because only this module sees both the aggregates and the read side.
 */
package io.opsledger.api.audit;
