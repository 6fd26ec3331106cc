package io.opsledger.kernel.dashboard;

import java.util.List;

public record DashboardPage(List<Edge> edges, boolean hasNextPage, boolean hasPreviousPage) {

    public record Edge(String cursor, DashboardView node) {
    }
}
