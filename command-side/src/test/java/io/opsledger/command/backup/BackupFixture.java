package io.opsledger.command.backup;

import io.opsledger.command.RuleViolationMatcher;
import io.opsledger.kernel.RuleViolationException;
import io.opsledger.kernel.backup.BackupJobCreatedEvent;
import io.opsledger.kernel.backup.BackupJobId;
import io.opsledger.kernel.backup.BackupRule;
import io.opsledger.kernel.backup.BackupRunId;
import io.opsledger.kernel.backup.BackupRunStartedEvent;
import io.opsledger.kernel.backup.BackupRunSucceededEvent;
import io.opsledger.kernel.backup.BackupRunVerifiedEvent;
import io.opsledger.kernel.backup.CreateBackupJobCommand;
import io.opsledger.kernel.backup.RetentionPolicy;
import io.opsledger.kernel.backup.RunOrigin;
import io.opsledger.kernel.backup.ScanSettings;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matcher;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Given-events for the backup job's tests, named after the situation they set up, and the
 * matcher that checks a rejection names the expected rule. Ids are derived from names so that a
 * failing test prints the same ids on every run.
 */
final class BackupFixture {

    static final String NAME = "db01 nightly";
    static final String SOURCE = "db01:/var/lib/postgresql";
    static final Duration INTERVAL = Duration.ofHours(1);
    static final Duration GRACE = Duration.ofMinutes(10);
    static final RetentionPolicy RETENTION = new RetentionPolicy(7, 4, 12);
    static final UUID PING = uuid("ping");
    static final ScanSettings SCAN = new ScanSettings("/srv/backups/db01", "*.tar.gz", false);
    static final String SHA_A = "a".repeat(64);
    static final String SHA_B = "b".repeat(64);
    static final Instant T0 = Instant.parse("2026-11-02T02:00:00Z");

    private BackupFixture() {
    }

    /**
     * A fixture for the job, with all of Axon's checks on: runs are values, so its check that
     * state changes only in event-sourcing handlers compares the run maps too.
     */
    static AggregateTestFixture<BackupJob> fixture() {
        AggregateTestFixture<BackupJob> fixture = new AggregateTestFixture<>(BackupJob.class);
        return fixture;
    }

    static BackupRunId runId(String name) {
        return new BackupRunId(uuid("run-" + name));
    }

    static CreateBackupJobCommand create(BackupJobId jobId) {
        return new CreateBackupJobCommand(jobId, NAME, SOURCE, INTERVAL, GRACE, RETENTION, PING, SCAN);
    }

    static BackupJobCreatedEvent created(BackupJobId jobId) {
        return new BackupJobCreatedEvent(jobId, NAME, SOURCE, INTERVAL, GRACE, RETENTION, PING, SCAN);
    }

    static BackupRunStartedEvent started(BackupJobId jobId, String run, Instant at) {
        return new BackupRunStartedEvent(jobId, runId(run), RunOrigin.PING, at);
    }

    static BackupRunSucceededEvent succeeded(BackupJobId jobId, String run, Instant at, String sha256) {
        return new BackupRunSucceededEvent(jobId, runId(run), RunOrigin.API, null, at, 1024L, sha256, null, null);
    }

    static BackupRunSucceededEvent scanned(BackupJobId jobId, String run, String fileName, Instant at, String sha256) {
        return new BackupRunSucceededEvent(jobId, runId(run), RunOrigin.SCAN, null, at, 2048L, sha256, fileName, null);
    }

    static BackupRunVerifiedEvent verified(BackupJobId jobId, String run, Instant at, String sha256) {
        return new BackupRunVerifiedEvent(jobId, runId(run), sha256, at);
    }

    static Matcher<RuleViolationException> violates(BackupRule rule) {
        return RuleViolationMatcher.violates(rule);
    }


    static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
