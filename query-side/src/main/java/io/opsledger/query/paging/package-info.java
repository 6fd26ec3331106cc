/**
 * Keyset paging shared by every Relay connection the query side serves: opaque cursors over
 * (time, id) orderings, stable while rows are added.
 */
package io.opsledger.query.paging;
