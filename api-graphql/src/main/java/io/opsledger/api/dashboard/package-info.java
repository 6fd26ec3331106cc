/**
 * Dashboards over GraphQL: layout queries and mutations, widget data for a range, live widgets,
 * and the "Operations" dashboard every installation starts with.
 */
package io.opsledger.api.dashboard;
