package io.opsledger.command.backup;

import io.opsledger.kernel.backup.BackupJobCreatedEvent;
import io.opsledger.kernel.backup.BackupJobId;
import io.opsledger.kernel.backup.BackupRule;
import io.opsledger.kernel.backup.BackupRunSucceededEvent;
import io.opsledger.kernel.backup.BackupRunVerificationFailedEvent;
import io.opsledger.kernel.backup.RecordScannedFileCommand;
import io.opsledger.kernel.backup.RunOrigin;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;

import static io.opsledger.command.backup.BackupFixture.GRACE;
import static io.opsledger.command.backup.BackupFixture.INTERVAL;
import static io.opsledger.command.backup.BackupFixture.NAME;
import static io.opsledger.command.backup.BackupFixture.PING;
import static io.opsledger.command.backup.BackupFixture.RETENTION;
import static io.opsledger.command.backup.BackupFixture.SHA_A;
import static io.opsledger.command.backup.BackupFixture.SHA_B;
import static io.opsledger.command.backup.BackupFixture.SOURCE;
import static io.opsledger.command.backup.BackupFixture.T0;
import static io.opsledger.command.backup.BackupFixture.created;
import static io.opsledger.command.backup.BackupFixture.runId;
import static io.opsledger.command.backup.BackupFixture.scanned;
import static io.opsledger.command.backup.BackupFixture.violates;

/** What the scanner reports: new files become runs, known files are checked against their hash. */
class BackupJobScanTest {

    private static final String FILE = "db01-2026-11-02.tar.gz";

    private final BackupJobId jobId = BackupJobId.random();
    private AggregateTestFixture<BackupJob> fixture;

    @BeforeEach
    void setUp() {
        fixture = BackupFixture.fixture();
    }

    private RecordScannedFileCommand scan(String run, String fileName, String sha256) {
        return new RecordScannedFileCommand(jobId, runId(run), fileName, 2048L, sha256, T0);
    }

    @Test
    void newFileBecomesSuccessfulRun() {
        fixture.given(created(jobId))
                .when(scan("a", FILE, SHA_A))
                .expectEvents(new BackupRunSucceededEvent(jobId, runId("a"), RunOrigin.SCAN, null, T0, 2048L, SHA_A, FILE, null))
                .expectScheduledDeadline(Duration.between(fixture.currentTime(), T0.plus(INTERVAL).plus(GRACE)),
                        new OverdueCheck(T0.plus(INTERVAL).plus(GRACE), T0));
    }

    @Test
    void knownFileWithTheSameHashChangesNothing() {
        fixture.given(created(jobId), scanned(jobId, "a", FILE, T0, SHA_A))
                .when(scan("another-id", FILE, SHA_A))
                .expectNoEvents()
                .expectResultMessagePayload(1L);
    }

    @Test
    void knownFileWhoseHashChangedFailsVerification() {
        fixture.given(created(jobId), scanned(jobId, "a", FILE, T0, SHA_A))
                .when(scan("another-id", FILE, SHA_B))
                .expectEvents(new BackupRunVerificationFailedEvent(jobId, runId("a"), SHA_A, SHA_B, fixture.currentTime()));
    }

    @Test
    void theSameDamagedFileSeenAgainChangesNothing() {
        fixture.given(created(jobId), scanned(jobId, "a", FILE, T0, SHA_A),
                        new BackupRunVerificationFailedEvent(jobId, runId("a"), SHA_A, SHA_B, T0))
                .when(scan("another-id", FILE, SHA_B))
                .expectNoEvents();
    }

    @Test
    void rejectsScanOfJobWithoutScanDirectory() {
        fixture.given(new BackupJobCreatedEvent(jobId, NAME, SOURCE, INTERVAL, GRACE, RETENTION, PING, null))
                .when(scan("a", FILE, SHA_A))
                .expectException(violates(BackupRule.SCAN_NOT_CONFIGURED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/passwd", "../outside.tar.gz", "a/../../b", " "})
    void rejectsFileNameOutsideTheScanDirectory(String fileName) {
        fixture.given(created(jobId))
                .when(scan("a", fileName, SHA_A))
                .expectException(violates(BackupRule.FILE_NAME_INVALID));
    }

    @Test
    void rejectsScannedFileWithoutHash() {
        fixture.given(created(jobId))
                .when(scan("a", FILE, null))
                .expectException(violates(BackupRule.SHA256_FORMAT));
    }

    @Test
    void rejectsNewFileUnderATakenRunId() {
        Instant later = T0.plus(Duration.ofDays(1));
        fixture.given(created(jobId), scanned(jobId, "a", FILE, T0, SHA_A))
                .when(new RecordScannedFileCommand(jobId, runId("a"), "other.tar.gz", 1L, SHA_B, later))
                .expectException(violates(BackupRule.RUN_ID_TAKEN));
    }
}
