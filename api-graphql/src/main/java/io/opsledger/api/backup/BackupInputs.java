package io.opsledger.api.backup;

import io.opsledger.kernel.backup.RetentionPolicy;
import io.opsledger.kernel.backup.ScanSettings;

import java.time.Instant;
import java.util.UUID;

/** The GraphQL input objects of backup mutations, bound by Spring GraphQL. */
final class BackupInputs {

    private BackupInputs() {
    }

    record RetentionPolicyInput(int keepDaily, int keepWeekly, int keepMonthly) {
        static RetentionPolicy toPolicy(RetentionPolicyInput input) {
            return input == null ? null : new RetentionPolicy(input.keepDaily(), input.keepWeekly(), input.keepMonthly());
        }
    }

    record CreateBackupJobInput(UUID id, String name, String source, int intervalSeconds, int graceSeconds,
                                RetentionPolicyInput retention, UUID pingUuid, String scanDirectory, String scanGlob,
                                Boolean allowDelete) {
        ScanSettings scan() {
            return scanSettings(scanDirectory, scanGlob, allowDelete);
        }
    }

    record ReconfigureBackupJobInput(UUID id, String name, String source, int intervalSeconds, int graceSeconds,
                                     RetentionPolicyInput retention, String scanDirectory, String scanGlob,
                                     Boolean allowDelete) {
        ScanSettings scan() {
            return scanSettings(scanDirectory, scanGlob, allowDelete);
        }
    }

    record RotateBackupJobPingInput(UUID id) {
    }

    record StartBackupRunInput(UUID jobId, UUID runId, Instant at) {
    }

    record RecordBackupSuccessInput(UUID jobId, UUID runId, Instant at, Double sizeBytes, String sha256, String log) {
    }

    record RecordBackupFailureInput(UUID jobId, UUID runId, Instant at, String reason, Integer exitStatus, String log) {
    }

    record RecordBackupLogInput(UUID jobId, Instant at, String log) {
    }

    record VerifyBackupRunInput(UUID jobId, UUID runId, String sha256, Instant at) {
    }

    record ApplyBackupRetentionInput(UUID jobId) {
    }

    record ScanBackupJobInput(UUID id) {
    }

    private static ScanSettings scanSettings(String directory, String glob, Boolean allowDelete) {
        boolean delete = Boolean.TRUE.equals(allowDelete);
        return directory == null && !delete ? null : new ScanSettings(directory, glob, delete);
    }
}
