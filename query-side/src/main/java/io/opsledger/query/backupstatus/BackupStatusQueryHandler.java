package io.opsledger.query.backupstatus;

import io.opsledger.kernel.backup.BackupJobId;
import io.opsledger.kernel.backup.BackupJobSummaryPage;
import io.opsledger.kernel.backup.BackupJobView;
import io.opsledger.kernel.backup.FindBackupJobByPingQuery;
import io.opsledger.kernel.backup.FindBackupJobQuery;
import io.opsledger.kernel.backup.FindBackupJobsQuery;
import io.opsledger.kernel.backup.FindScannableBackupJobsQuery;
import io.opsledger.kernel.backup.ScanTargets;
import io.opsledger.kernel.backup.WatchBackupJobsQuery;
import io.opsledger.query.paging.KeysetCursor;
import io.opsledger.query.paging.PageRequest;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers backup queries from the backup status tables. */
@Component
class BackupStatusQueryHandler {

    private final BackupStatusRepository repository;

    BackupStatusQueryHandler(BackupStatusRepository repository) {
        this.repository = repository;
    }

    @QueryHandler
    BackupJobView handle(FindBackupJobQuery query) {
        return repository.findJob(query.jobId().value()).orElse(null);
    }

    @QueryHandler
    BackupJobSummaryPage handle(FindBackupJobsQuery query) {
        PageRequest.checkSize(query.first());
        KeysetCursor after = query.after() == null ? null
                : KeysetCursor.decode(BackupStatusRepository.JOBS, query.after());
        return repository.findJobs(query.status(), query.first(), after);
    }

    @QueryHandler
    BackupJobId handle(FindBackupJobByPingQuery query) {
        return repository.findJobByPing(query.pingUuid()).orElse(null);
    }

    @QueryHandler
    ScanTargets handle(FindScannableBackupJobsQuery query) {
        return repository.scanTargets(query.jobId());
    }

    /** Subscribers to every job want the updates only; see {@link WatchBackupJobsQuery}. */
    @QueryHandler
    BackupJobView handle(WatchBackupJobsQuery query) {
        return null;
    }
}
