package io.opsledger.api.backup;

import io.opsledger.kernel.backup.BackupJobSummaryPage;

import java.util.List;

/** The Relay connection of backup job summaries. */
record BackupJobConnection(List<BackupJobSummaryPage.Edge> edges, PageInfo pageInfo) {

    record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    static BackupJobConnection of(BackupJobSummaryPage page) {
        List<BackupJobSummaryPage.Edge> edges = page.edges();
        String start = edges.isEmpty() ? null : edges.getFirst().cursor();
        String end = edges.isEmpty() ? null : edges.getLast().cursor();
        return new BackupJobConnection(edges, new PageInfo(page.hasNextPage(), page.hasPreviousPage(), start, end));
    }
}
