package io.opsledger.api.search;

import io.opsledger.api.graphql.PageInfo;
import io.opsledger.kernel.search.SearchHitPage;
import io.opsledger.kernel.search.SearchHitView;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** The Relay connection of search hits; a cursor is the hit's rank, opaque to clients. */
record SearchHitConnection(List<Edge> edges, PageInfo pageInfo) {

    private static final String PREFIX = "search-rank:";

    record Edge(String cursor, SearchHitView node) {
    }

    static SearchHitConnection of(SearchHitPage page) {
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < page.hits().size(); i++) {
            edges.add(new Edge(cursor(page.offset() + i), page.hits().get(i)));
        }
        return new SearchHitConnection(edges, PageInfo.of(edges, Edge::cursor, page.hasMore(), page.offset() > 0));
    }

    static String cursor(int rank) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + rank).getBytes(StandardCharsets.UTF_8));
    }

    /** The offset of the hit after {@code after}; 0 without a cursor. */
    static int offsetAfter(String after) {
        if (after == null) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            if (decoded.startsWith(PREFIX)) {
                return Integer.parseInt(decoded.substring(PREFIX.length())) + 1;
            }
        } catch (IllegalArgumentException malformed) {
            // reported below
        }
        throw new IllegalArgumentException("after: '%s' is not a cursor of a search answer; pass an endCursor you received".formatted(after));
    }
}
