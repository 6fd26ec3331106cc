/**
 * Rebuilding a projection while the old one keeps serving: a separate Axon tracking processor
 * runs the projection's own handlers from the first event into a shadow schema (the read model's
 * own migrations create it), then, once it has caught up with the live processor, one transaction
 * swaps the rows in and moves the live processor's token to where the rebuild stopped. The same
 * machinery, without the swap, is the consistency check. State is kept in a table so that a
 * rebuild interrupted by a crash resumes when the process starts again. What differs per
 * projection is a {@link io.opsledger.query.rebuild.RebuildTarget}: the SQL read models' shadow
 * schema here, the search index's second Lucene index in {@code io.opsledger.query.search}.
 */
package io.opsledger.query.rebuild;
