/**
 * The audit reader: an entity's history and the events of one request, read straight from the
 * event store's table, and the correlation index that finds a request's events without scanning it.
 */
package io.opsledger.query.audit;
