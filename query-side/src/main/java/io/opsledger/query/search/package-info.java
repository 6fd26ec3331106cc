/**
 * The search index: one Lucene document per plan, task, pipeline, backup job, alert and open
 * conflict, kept by an event processor whose position is written in the index's own commits
 * ({@link io.opsledger.query.search.IndexTokenStore}), so index and position never disagree and
 * deleting the index directory rebuilds it from the event store. Queries fuse BM25 (English and
 * French analysis, typo tolerance) with all-MiniLM-L6-v2 sentence vectors (HNSW) by reciprocal
 * rank; exact ids and phrases come first. See docs/search.md.
 */
package io.opsledger.query.search;
