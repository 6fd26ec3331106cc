package io.opsledger.command.backup;

import io.opsledger.kernel.backup.BackupRule;
import io.opsledger.kernel.backup.RetentionPolicy;
import io.opsledger.kernel.backup.ScanSettings;

import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

import static io.opsledger.kernel.backup.BackupRule.ALLOW_DELETE_WITHOUT_SCAN;
import static io.opsledger.kernel.backup.BackupRule.EXIT_STATUS_RANGE;
import static io.opsledger.kernel.backup.BackupRule.FILE_NAME_INVALID;
import static io.opsledger.kernel.backup.BackupRule.GRACE_OUT_OF_RANGE;
import static io.opsledger.kernel.backup.BackupRule.INTERVAL_OUT_OF_RANGE;
import static io.opsledger.kernel.backup.BackupRule.NAME_REQUIRED;
import static io.opsledger.kernel.backup.BackupRule.NAME_TOO_LONG;
import static io.opsledger.kernel.backup.BackupRule.REASON_TOO_LONG;
import static io.opsledger.kernel.backup.BackupRule.RETENTION_INVALID;
import static io.opsledger.kernel.backup.BackupRule.SCAN_DIRECTORY_NOT_ABSOLUTE;
import static io.opsledger.kernel.backup.BackupRule.SCAN_GLOB_INVALID;
import static io.opsledger.kernel.backup.BackupRule.SHA256_FORMAT;
import static io.opsledger.kernel.backup.BackupRule.SIZE_NEGATIVE;
import static io.opsledger.kernel.backup.BackupRule.SOURCE_TOO_LONG;

/** The rules on a single input value; each returns the normalised value or throws the rule it broke. */
final class BackupInputRules {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Duration MAX_DURATION = Duration.ofSeconds(BackupRule.MAX_INTERVAL_SECONDS);

    private BackupInputRules() {
    }

    static String name(String name) {
        if (name == null || name.isBlank()) {
            throw NAME_REQUIRED.violated("name must not be blank");
        }
        String stripped = name.strip();
        if (stripped.length() > BackupRule.MAX_NAME_LENGTH) {
            throw NAME_TOO_LONG.violated("name has %d characters; at most %d are allowed",
                    stripped.length(), BackupRule.MAX_NAME_LENGTH);
        }
        return stripped;
    }

    /** What is backed up, free text such as {@code db01:/var/lib/postgresql}; empty when not given. */
    static String source(String source) {
        String stripped = source == null ? "" : source.strip();
        if (stripped.length() > BackupRule.MAX_SOURCE_LENGTH) {
            throw SOURCE_TOO_LONG.violated("source has %d characters; at most %d are allowed",
                    stripped.length(), BackupRule.MAX_SOURCE_LENGTH);
        }
        return stripped;
    }

    static Duration interval(Duration interval) {
        if (interval == null || interval.compareTo(Duration.ofSeconds(1)) < 0 || interval.compareTo(MAX_DURATION) > 0) {
            throw INTERVAL_OUT_OF_RANGE.violated("the interval must be between 1 second and 366 days (got %s)",
                    interval == null ? "nothing" : interval.toSeconds() + " s");
        }
        return interval;
    }

    static Duration grace(Duration grace) {
        if (grace == null || grace.isNegative() || grace.compareTo(MAX_DURATION) > 0) {
            throw GRACE_OUT_OF_RANGE.violated("the grace period must be between 0 and 366 days (got %s)",
                    grace == null ? "nothing" : grace.toSeconds() + " s");
        }
        return grace;
    }

    static RetentionPolicy retention(RetentionPolicy retention) {
        if (retention == null) {
            return RetentionPolicy.DEFAULT;
        }
        int[] counts = {retention.keepDaily(), retention.keepWeekly(), retention.keepMonthly()};
        for (int count : counts) {
            if (count < 0 || count > BackupRule.MAX_KEEP) {
                throw RETENTION_INVALID.violated(
                        "keepDaily, keepWeekly and keepMonthly must be between 0 and %d (got keepDaily %d, keepWeekly %d, keepMonthly %d)",
                        BackupRule.MAX_KEEP, retention.keepDaily(), retention.keepWeekly(), retention.keepMonthly());
            }
        }
        if (counts[0] + counts[1] + counts[2] == 0) {
            throw RETENTION_INVALID.violated("a retention policy that keeps nothing would expire every backup; keep at least one");
        }
        return retention;
    }

    /** Null when the job has no scan directory. */
    static ScanSettings scan(ScanSettings scan) {
        if (scan == null || scan.directory() == null || scan.directory().isBlank()) {
            if (scan != null && scan.allowDelete()) {
                throw ALLOW_DELETE_WITHOUT_SCAN.violated("allowDelete needs a scan directory to delete expired files from");
            }
            return null;
        }
        String directory = scan.directory().strip();
        try {
            if (!Path.of(directory).isAbsolute()) {
                throw SCAN_DIRECTORY_NOT_ABSOLUTE.violated("scanDirectory must be an absolute path (got '%s')", directory);
            }
        } catch (InvalidPathException e) {
            throw SCAN_DIRECTORY_NOT_ABSOLUTE.violated("scanDirectory '%s' is not a path: %s", directory, e.getReason());
        }
        String glob = scan.glob() == null || scan.glob().isBlank() ? "*" : scan.glob().strip();
        if (glob.contains("/") || glob.contains("\\") || glob.contains("**")) {
            throw SCAN_GLOB_INVALID.violated("scanGlob matches one file name, such as *.tar.gz; it cannot contain / or ** (got '%s')", glob);
        }
        try {
            FileSystems.getDefault().getPathMatcher("glob:" + glob);
        } catch (RuntimeException e) {
            throw SCAN_GLOB_INVALID.violated("scanGlob '%s' is not a valid glob: %s", glob, e.getMessage());
        }
        return new ScanSettings(directory, glob, scan.allowDelete());
    }

    /** Null stays null (a ping reports no hash); otherwise 64 hex digits, lower-cased. */
    static String sha256(String sha256) {
        if (sha256 == null) {
            return null;
        }
        String normalised = sha256.strip().toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(normalised).matches()) {
            throw SHA256_FORMAT.violated("sha256 must be 64 hexadecimal digits (got '%s')", sha256);
        }
        return normalised;
    }

    static String requiredSha256(String sha256) {
        if (sha256 == null) {
            throw SHA256_FORMAT.violated("sha256 must be 64 hexadecimal digits (got nothing)");
        }
        return sha256(sha256);
    }

    static Long size(Long sizeBytes) {
        if (sizeBytes != null && sizeBytes < 0) {
            throw SIZE_NEGATIVE.violated("sizeBytes must be 0 or more (got %d)", sizeBytes);
        }
        return sizeBytes;
    }

    static Integer exitStatus(Integer exitStatus) {
        if (exitStatus != null && (exitStatus < 1 || exitStatus > 255)) {
            throw EXIT_STATUS_RANGE.violated("a failure's exitStatus is between 1 and 255 (got %d); 0 reports a success", exitStatus);
        }
        return exitStatus;
    }

    static String reason(String reason) {
        String stripped = reason == null ? "" : reason.strip();
        if (stripped.length() > BackupRule.MAX_REASON_LENGTH) {
            throw REASON_TOO_LONG.violated("reason has %d characters; at most %d are allowed",
                    stripped.length(), BackupRule.MAX_REASON_LENGTH);
        }
        return stripped;
    }

    /** A path relative to the scan directory, with / as separator, that stays inside it. */
    static String fileName(String fileName) {
        if (fileName == null || fileName.isBlank() || fileName.startsWith("/") || fileName.contains("\\")
                || Path.of(fileName).normalize().startsWith("..") || fileName.length() > 1000) {
            throw FILE_NAME_INVALID.violated("fileName must be a relative path inside the scan directory (got '%s')", fileName);
        }
        return fileName;
    }
}
