package io.opsledger.api.backup;

import io.opsledger.api.graphql.UserError;
import io.opsledger.kernel.backup.BackupJobView;

import java.util.List;

record ScanBackupJobPayload(BackupJobView job, int filesScanned, List<UserError> errors, boolean readModelBehind) {

    static ScanBackupJobPayload failure(UserError error) {
        return new ScanBackupJobPayload(null, 0, List.of(error), false);
    }
}
