package io.opsledger.api.graphql;

import java.util.List;
import java.util.function.Function;

/** Relay page information, shared by every connection the API serves. */
public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {

    /** The page information of a page of edges, reading each edge's cursor with {@code cursor}. */
    public static <E> PageInfo of(List<E> edges, Function<E, String> cursor, boolean hasNextPage,
                                  boolean hasPreviousPage) {
        return new PageInfo(hasNextPage, hasPreviousPage,
                edges.isEmpty() ? null : cursor.apply(edges.getFirst()),
                edges.isEmpty() ? null : cursor.apply(edges.getLast()));
    }
}
