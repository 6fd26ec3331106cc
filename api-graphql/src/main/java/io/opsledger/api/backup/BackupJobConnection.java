package io.opsledger.api.backup;

import io.opsledger.api.graphql.PageInfo;
import io.opsledger.kernel.backup.BackupJobSummaryPage;

import java.util.List;

/** The Relay connection of backup job summaries. */
record BackupJobConnection(List<BackupJobSummaryPage.Edge> edges, PageInfo pageInfo) {

    static BackupJobConnection of(BackupJobSummaryPage page) {
        return new BackupJobConnection(page.edges(), PageInfo.of(page.edges(), BackupJobSummaryPage.Edge::cursor,
                page.hasNextPage(), page.hasPreviousPage()));
    }
}
