package io.opsledger.kernel.alert;

import java.util.List;

public record AlertPage(List<Edge> edges, boolean hasNextPage, boolean hasPreviousPage) {

    public record Edge(String cursor, AlertView node) {
    }
}
