/**
 * Audit over the event store: the queries that list an entity's events or every event of one
 * request, and the view of a stored event with its audit metadata.
 */
package io.opsledger.kernel.audit;
