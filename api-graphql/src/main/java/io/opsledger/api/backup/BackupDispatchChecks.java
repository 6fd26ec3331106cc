package io.opsledger.api.backup;

import io.opsledger.kernel.backup.BackupJobId;
import io.opsledger.kernel.backup.BackupRule;
import io.opsledger.kernel.backup.CreateBackupJobCommand;
import io.opsledger.kernel.backup.FindBackupJobByPingQuery;
import io.opsledger.kernel.backup.ReconfigureBackupJobCommand;
import io.opsledger.kernel.backup.RotateBackupPingCommand;
import io.opsledger.kernel.backup.ScanSettings;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * What a backup job command must satisfy beyond its own aggregate, checked as it is dispatched,
 * whichever door it came in by: its scan directory lies under a configured scan root, and its ping
 * UUID is not another job's (the read model's unique index would otherwise refuse the new job's
 * row, leaving a job in the event store that no list shows). Two creates racing with one UUID can
 * still both pass; the second then waits in the dead-letter queue of backup-status.
 */
@Configuration(proxyBeanMethods = false)
class BackupDispatchChecks {

    @Autowired
    void checkBackupJobsOnDispatch(CommandBus commandBus, BackupScanRoots roots, @Lazy QueryGateway queries) {
        commandBus.<CommandMessage<?>>registerDispatchInterceptor(messages -> (index, message) -> {
            switch (message.getPayload()) {
                case CreateBackupJobCommand create -> {
                    checkScan(roots, create.scan());
                    checkPingFree(queries, create.pingUuid(), create.jobId());
                }
                case ReconfigureBackupJobCommand reconfigure -> checkScan(roots, reconfigure.scan());
                case RotateBackupPingCommand rotate -> checkPingFree(queries, rotate.pingUuid(), rotate.jobId());
                default -> {
                }
            }
            return message;
        });
    }

    private static void checkPingFree(QueryGateway queries, java.util.UUID pingUuid, BackupJobId jobId) {
        if (pingUuid == null) {
            return;
        }
        BackupJobId owner = queries.query(new FindBackupJobByPingQuery(pingUuid), BackupJobId.class).join();
        if (owner != null && !owner.equals(jobId)) {
            throw BackupRule.PING_UUID_REQUIRED.violated(
                    "ping UUID %s is another job's address already; leave it out to get a new one", pingUuid);
        }
    }

    private static void checkScan(BackupScanRoots roots, ScanSettings scan) {
        if (scan != null && scan.directory() != null && !scan.directory().isBlank()) {
            roots.checkConfigured(scan.directory());
        }
    }
}
