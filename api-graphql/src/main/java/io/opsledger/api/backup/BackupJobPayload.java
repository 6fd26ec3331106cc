package io.opsledger.api.backup;

import io.opsledger.api.graphql.UserError;
import io.opsledger.api.messaging.Queries.Fresh;
import io.opsledger.kernel.backup.BackupJobView;

import java.util.List;
import java.util.UUID;

/**
 * The outcome of a backup job mutation: the job, and the id of what the mutation created or
 * concerned (the job on creation, else the run), as both {@code createdId} and {@code runId}.
 */
record BackupJobPayload(BackupJobView job, UUID createdId, UUID runId, List<UserError> errors,
                        boolean readModelBehind) {

    static BackupJobPayload success(Fresh<BackupJobView> job, UUID createdId, UUID runId) {
        return new BackupJobPayload(job.value(), createdId, runId, List.of(), job.behind());
    }

    static BackupJobPayload failure(UserError error) {
        return new BackupJobPayload(null, null, null, List.of(error), false);
    }
}
