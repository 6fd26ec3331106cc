package io.opsledger.kernel.search;

import java.util.List;

/** A page of hits, best first, starting at {@code offset}; {@code hasMore} when more hits follow. */
public record SearchHitPage(List<SearchHitView> hits, int offset, boolean hasMore) {

    public SearchHitPage {
        hits = List.copyOf(hits);
    }
}
