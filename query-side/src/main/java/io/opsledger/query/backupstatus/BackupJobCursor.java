package io.opsledger.query.backupstatus;

import io.opsledger.kernel.backup.BackupJobSummaryView;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a page of jobs stopped: the creation time and id of its last job (jobs are listed by
 * creation, ties broken by id). Encoded opaquely so clients pass it back without reading it.
 */
record BackupJobCursor(Instant createdAt, UUID jobId) {

    private static final String PREFIX = "backup-job:";

    static BackupJobCursor of(BackupJobSummaryView view) {
        return new BackupJobCursor(view.createdAt(), view.id());
    }

    String encode() {
        String raw = PREFIX + createdAt + "|" + jobId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when the text is not a cursor this server produced */
    static BackupJobCursor decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!raw.startsWith(PREFIX)) {
                throw new IllegalArgumentException("not a backup job cursor");
            }
            String[] parts = raw.substring(PREFIX.length()).split("\\|", 2);
            return new BackupJobCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("after: '" + cursor + "' is not a cursor returned by this API", e);
        }
    }
}
