package io.opsledger.api.backup;

import io.opsledger.kernel.RuleViolationException;
import io.opsledger.kernel.backup.BackupJobView;
import io.opsledger.kernel.backup.BackupRunExpiredEvent;
import io.opsledger.kernel.backup.FindBackupJobQuery;
import io.opsledger.kernel.backup.ScanSettings;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Deletes the file of an expired run, only for jobs created or reconfigured with
 * {@code allowDelete}, and only inside the job's scan directory, itself under a configured scan
 * root (a file name that leads elsewhere, or a symbolic link, is refused). Expiry itself is recorded either way; a replay never deletes anything.
 */
@Component
@ProcessingGroup(ExpiredBackupFiles.PROCESSING_GROUP)
@DisallowReplay
class ExpiredBackupFiles {

    static final String PROCESSING_GROUP = "backup-file-janitor";
    private static final Logger log = LoggerFactory.getLogger(ExpiredBackupFiles.class);

    private final QueryGateway queries;
    private final BackupScanRoots roots;

    ExpiredBackupFiles(QueryGateway queries, BackupScanRoots roots) {
        this.queries = queries;
        this.roots = roots;
    }

    @EventHandler
    void on(BackupRunExpiredEvent event) {
        if (event.fileName() == null) {
            return;
        }
        BackupJobView job = queries.query(new FindBackupJobQuery(event.jobId()), BackupJobView.class).join();
        ScanSettings scan = job == null ? null : job.scan();
        if (scan == null || !scan.allowDelete() || scan.directory() == null) {
            return;
        }
        Path directory;
        try {
            directory = roots.confine(scan.directory());
        } catch (RuleViolationException refused) {
            log.warn("Not deleting {} of job {}: {}", event.fileName(), event.jobId(), refused.getMessage());
            return;
        }
        Path file = directory.resolve(event.fileName()).normalize();
        if (!directory.equals(file.getParent()) || !roots.deletable(directory, file)) {
            log.warn("Not deleting {} of job {}: it is not a regular file directly in the scan directory {}",
                    file, event.jobId(), directory);
            return;
        }
        try {
            if (Files.deleteIfExists(file)) {
                log.info("Deleted {}: run {} of job {} expired by retention", file, event.runId(), event.jobId());
            }
        } catch (IOException e) {
            log.warn("Could not delete {} of expired run {}: {}", file, event.runId(), e.getMessage());
        }
    }
}
