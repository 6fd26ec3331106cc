package io.opsledger.api.backup;

import io.opsledger.api.messaging.Queries;
import io.opsledger.api.messaging.Queries.Fresh;
import io.opsledger.kernel.backup.BackupJobId;
import io.opsledger.kernel.backup.BackupJobSummaryPage;
import io.opsledger.kernel.backup.BackupJobView;
import io.opsledger.kernel.backup.FindBackupJobByPingQuery;
import io.opsledger.kernel.backup.FindBackupJobQuery;
import io.opsledger.kernel.backup.FindBackupJobsQuery;
import io.opsledger.kernel.backup.FindScannableBackupJobsQuery;
import io.opsledger.kernel.backup.ScanTargets;
import io.opsledger.kernel.backup.WatchBackupJobsQuery;
import io.opsledger.query.readmodel.ProcessingGroups;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.UUID;

/** Reads backup jobs through Axon queries, including live updates. */
@Component
class BackupReader {

    private final Queries queries;

    BackupReader(Queries queries) {
        this.queries = queries;
    }

    Mono<BackupJobView> find(BackupJobId jobId) {
        return query(new FindBackupJobQuery(jobId), BackupJobView.class);
    }

    Mono<BackupJobSummaryPage> findAll(FindBackupJobsQuery query) {
        return query(query, BackupJobSummaryPage.class);
    }

    /** The job a ping UUID belongs to; empty for an unknown UUID. */
    Mono<BackupJobId> findByPing(UUID pingUuid) {
        return query(new FindBackupJobByPingQuery(pingUuid), BackupJobId.class);
    }

    Mono<ScanTargets> scanTargets(BackupJobId jobId) {
        return query(new FindScannableBackupJobsQuery(jobId), ScanTargets.class);
    }

    /**
     * The job once the read model has applied at least the given revision, so that a mutation's
     * payload shows its own change. If the projection lags beyond the timeout, the job as it is.
     */
    Mono<Fresh<BackupJobView>> atLeast(BackupJobId jobId, long revision) {
        return queries.atLeast(ProcessingGroups.BACKUP_STATUS, jobId.toString(), revision, new FindBackupJobQuery(jobId),
                BackupJobView.class, BackupJobView::revision);
    }

    /** Every state of the job after each change; with {@code includeCurrent}, the current state first. */
    Flux<BackupJobView> watch(BackupJobId jobId, boolean includeCurrent) {
        return queries.watch(new FindBackupJobQuery(jobId), BackupJobView.class, includeCurrent);
    }

    /** Every job after each change to it. */
    Flux<BackupJobView> watchAll() {
        return queries.watch(new WatchBackupJobsQuery(), BackupJobView.class, false);
    }

    private <R> Mono<R> query(Object query, Class<R> type) {
        return queries.query(query, type);
    }
}
