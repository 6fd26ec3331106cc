package io.opsledger.api.backup;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Scans every job's directory every {@code opsledger.backup.scan.interval} (default 15 minutes),
 * unless {@code opsledger.backup.scan.enabled} is false. With several instances each one scans;
 * that is harmless because a re-scan records nothing new.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "opsledger.backup.scan.enabled", havingValue = "true", matchIfMissing = true)
class ScheduledBackupScan {

    private final BackupDirectoryScanner scanner;

    ScheduledBackupScan(BackupDirectoryScanner scanner) {
        this.scanner = scanner;
    }

    @Scheduled(fixedDelayString = "${opsledger.backup.scan.interval:PT15M}",
            initialDelayString = "${opsledger.backup.scan.initial-delay:PT1M}")
    void scanAll() {
        scanner.scanAll().block();
    }
}
