package io.opsledger.kernel.search;

/**
 * This instance's search index: documents committed, the event-store position its last commit
 * holds (-1 before the first), and whether the embedding model has finished loading.
 */
public record SearchIndexStatusView(long documents, long position, boolean modelReady) {
}
