package io.opsledger.api.backup;

import io.opsledger.kernel.backup.CreateBackupJobCommand;
import io.opsledger.kernel.backup.ReconfigureBackupJobCommand;
import io.opsledger.kernel.backup.ScanSettings;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * Refuses, before the job aggregate sees it, a backup job whose scan directory is outside the
 * configured scan roots, whichever door the command came in by.
 */
@Configuration(proxyBeanMethods = false)
class ScanRootsConfiguration {

    @Autowired
    void checkScanDirectoriesOnDispatch(CommandBus commandBus, BackupScanRoots roots) {
        commandBus.<CommandMessage<?>>registerDispatchInterceptor(messages -> (index, message) -> {
            ScanSettings scan = switch (message.getPayload()) {
                case CreateBackupJobCommand create -> create.scan();
                case ReconfigureBackupJobCommand reconfigure -> reconfigure.scan();
                default -> null;
            };
            if (scan != null && scan.directory() != null && !scan.directory().isBlank()) {
                roots.checkConfigured(scan.directory());
            }
            return message;
        });
    }
}
