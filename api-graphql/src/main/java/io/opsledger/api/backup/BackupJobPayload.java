package io.opsledger.api.backup;

import io.opsledger.api.graphql.UserError;
import io.opsledger.kernel.backup.BackupJobView;

import java.util.List;
import java.util.UUID;

record BackupJobPayload(BackupJobView job, UUID runId, List<UserError> errors) {

    static BackupJobPayload success(BackupJobView job, UUID runId) {
        return new BackupJobPayload(job, runId, List.of());
    }

    static BackupJobPayload failure(UserError error) {
        return new BackupJobPayload(null, null, List.of(error));
    }
}
