package io.opsledger.kernel.search;

import java.util.Set;
import java.util.UUID;

/**
 * Hybrid search: words (BM25, typos tolerated) and meaning (sentence vectors), fused by
 * reciprocal rank. Exact ids and phrases come first. {@code kinds} empty means every kind;
 * {@code planId} null means every plan. Answers {@link SearchHitPage}.
 */
public record SearchQuery(String text, Set<SearchKind> kinds, UUID planId, int offset, int first) {

    public static final int MAX_PAGE_SIZE = 50;
    public static final int MAX_TEXT_LENGTH = 500;
    /** Hits beyond this rank are never served: a search is for the top of the list. */
    public static final int MAX_DEPTH = 200;

    public SearchQuery {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }
}
