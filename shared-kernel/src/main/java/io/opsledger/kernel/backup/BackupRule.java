package io.opsledger.kernel.backup;

import io.opsledger.kernel.Rule;

/**
 * Every rule a backup command can break. The constant's name is the error code the API returns;
 * the rule itself is enforced by the backup job aggregate.
 */
public enum BackupRule implements Rule {
    NAME_REQUIRED("name"),
    NAME_TOO_LONG("name"),
    SOURCE_TOO_LONG("source"),
    /** A job expects a run at least every second and at most every 366 days. */
    INTERVAL_OUT_OF_RANGE("intervalSeconds"),
    /** The grace period is zero or more and at most 366 days. */
    GRACE_OUT_OF_RANGE("graceSeconds"),
    /** Each keep count is between 0 and 1000, and at least one run is kept. */
    RETENTION_INVALID("retention"),
    /** The ping UUID is given and not already another job's: it is the job's secret address. */
    PING_UUID_REQUIRED("pingUuid"),
    /** A scan directory is an absolute path. */
    SCAN_DIRECTORY_NOT_ABSOLUTE("scanDirectory"),
    /** The scan pattern is a valid glob for one file name, without directory separators. */
    SCAN_GLOB_INVALID("scanGlob"),
    /** Deleting expired files needs a scan directory to delete them from. */
    ALLOW_DELETE_WITHOUT_SCAN("allowDelete"),
    /** The job has no scan directory, so there is nothing to scan. */
    SCAN_NOT_CONFIGURED("jobId"),
    /** The scan directory does not exist or cannot be read by the server. */
    SCAN_DIRECTORY_UNREADABLE("jobId"),
    /** Scanning is off until the operator lists the directories it may read in {@code opsledger.backups.scan-roots}. */
    SCAN_ROOTS_NOT_CONFIGURED("scanDirectory"),
    /** A scan directory lies, after resolving {@code ..} and symbolic links, under one of the configured scan roots. */
    SCAN_DIRECTORY_OUTSIDE_ROOTS("scanDirectory"),
    RUN_ID_TAKEN("runId"),
    RUN_NOT_FOUND("runId"),
    /** A run ends once: a run that succeeded or failed cannot succeed or fail again. */
    RUN_ALREADY_FINISHED("runId"),
    /** Only a run that produced a backup can be verified. */
    RUN_HAS_NO_BACKUP("runId"),
    /** An expired run's backup is gone: it cannot be verified any more. */
    RUN_EXPIRED("runId"),
    /** A SHA-256 is 64 hexadecimal digits. */
    SHA256_FORMAT("sha256"),
    SIZE_NEGATIVE("sizeBytes"),
    /** A failure's exit status is 1 to 255, as a process exit status is; 0 would be a success. */
    EXIT_STATUS_RANGE("exitStatus"),
    REASON_TOO_LONG("reason"),
    /** A scanned file is named by its path relative to the scan directory, without going above it. */
    FILE_NAME_INVALID("fileName");

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_SOURCE_LENGTH = 1000;
    public static final int MAX_REASON_LENGTH = 2000;
    public static final int MAX_KEEP = 1000;
    public static final long MAX_INTERVAL_SECONDS = 366L * 24 * 3600;

    private final String field;

    BackupRule(String field) {
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
