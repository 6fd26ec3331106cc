package io.opsledger.kernel.backup;

import java.util.List;

/** A page of job summaries; each edge carries the cursor to continue after it. */
public record BackupJobSummaryPage(List<Edge> edges, boolean hasNextPage, boolean hasPreviousPage) {

    public record Edge(String cursor, BackupJobSummaryView node) {
    }
}
