package io.opsledger.kernel.search;

/** The state of this instance's search index; answers {@link SearchIndexStatusView}. */
public record FindSearchIndexStatusQuery() {
}
