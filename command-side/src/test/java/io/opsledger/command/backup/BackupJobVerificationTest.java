package io.opsledger.command.backup;

import io.opsledger.kernel.backup.ApplyBackupRetentionCommand;
import io.opsledger.kernel.backup.BackupJobCreatedEvent;
import io.opsledger.kernel.backup.BackupJobId;
import io.opsledger.kernel.backup.BackupRule;
import io.opsledger.kernel.backup.BackupRunExpiredEvent;
import io.opsledger.kernel.backup.BackupRunFailedEvent;
import io.opsledger.kernel.backup.BackupRunPromotedEvent;
import io.opsledger.kernel.backup.BackupRunVerificationFailedEvent;
import io.opsledger.kernel.backup.BackupRunVerifiedEvent;
import io.opsledger.kernel.backup.RetentionPolicy;
import io.opsledger.kernel.backup.RetentionTier;
import io.opsledger.kernel.backup.RunOrigin;
import io.opsledger.kernel.backup.VerifyBackupRunCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.opsledger.command.backup.BackupFixture.GRACE;
import static io.opsledger.command.backup.BackupFixture.INTERVAL;
import static io.opsledger.command.backup.BackupFixture.NAME;
import static io.opsledger.command.backup.BackupFixture.PING;
import static io.opsledger.command.backup.BackupFixture.SHA_A;
import static io.opsledger.command.backup.BackupFixture.SHA_B;
import static io.opsledger.command.backup.BackupFixture.SOURCE;
import static io.opsledger.command.backup.BackupFixture.T0;
import static io.opsledger.command.backup.BackupFixture.created;
import static io.opsledger.command.backup.BackupFixture.runId;
import static io.opsledger.command.backup.BackupFixture.started;
import static io.opsledger.command.backup.BackupFixture.succeeded;
import static io.opsledger.command.backup.BackupFixture.verified;
import static io.opsledger.command.backup.BackupFixture.violates;

/** Verification, and the promotion and expiry that follow from it. */
class BackupJobVerificationTest {

    private static final Instant CHECKED = T0.plus(Duration.ofHours(1));

    private final BackupJobId jobId = BackupJobId.random();
    private AggregateTestFixture<BackupJob> fixture;

    @BeforeEach
    void setUp() {
        fixture = BackupFixture.fixture();
    }

    @Test
    void verifiesRunWhoseHashMatchesAndPromotesItAsTheFirstOfItsWeekAndMonth() {
        fixture.given(created(jobId), succeeded(jobId, "a", T0, SHA_A))
                .when(new VerifyBackupRunCommand(jobId, runId("a"), SHA_A, CHECKED))
                .expectEvents(new BackupRunVerifiedEvent(jobId, runId("a"), SHA_A, CHECKED),
                        new BackupRunPromotedEvent(jobId, runId("a"), RetentionTier.MONTHLY));
    }

    @Test
    void verifyingAVerifiedRunAgainChangesNothing() {
        fixture.given(created(jobId), succeeded(jobId, "a", T0, SHA_A), verified(jobId, "a", CHECKED, SHA_A),
                        new BackupRunPromotedEvent(jobId, runId("a"), RetentionTier.MONTHLY))
                .when(new VerifyBackupRunCommand(jobId, runId("a"), SHA_A, CHECKED))
                .expectNoEvents();
    }

    @Test
    void hashMismatchFailsVerificationOnceForTheSameDamage() {
        fixture.given(created(jobId), succeeded(jobId, "a", T0, SHA_A))
                .when(new VerifyBackupRunCommand(jobId, runId("a"), SHA_B, CHECKED))
                .expectEvents(new BackupRunVerificationFailedEvent(jobId, runId("a"), SHA_A, SHA_B, CHECKED));
        fixture.given(created(jobId), succeeded(jobId, "a", T0, SHA_A),
                        new BackupRunVerificationFailedEvent(jobId, runId("a"), SHA_A, SHA_B, CHECKED))
                .when(new VerifyBackupRunCommand(jobId, runId("a"), SHA_B, CHECKED))
                .expectNoEvents();
    }

    @Test
    void rejectsVerificationOfUnknownRun() {
        fixture.given(created(jobId))
                .when(new VerifyBackupRunCommand(jobId, runId("nope"), SHA_A, CHECKED))
                .expectException(violates(BackupRule.RUN_NOT_FOUND));
    }

    @Test
    void rejectsVerificationOfRunWithoutBackup() {
        fixture.given(created(jobId), started(jobId, "a", T0))
                .when(new VerifyBackupRunCommand(jobId, runId("a"), SHA_A, CHECKED))
                .expectException(violates(BackupRule.RUN_HAS_NO_BACKUP));
        fixture.given(created(jobId), new BackupRunFailedEvent(jobId, runId("f"), RunOrigin.PING, null, T0, "x", 1, null))
                .when(new VerifyBackupRunCommand(jobId, runId("f"), SHA_A, CHECKED))
                .expectException(violates(BackupRule.RUN_HAS_NO_BACKUP));
    }

    @Test
    void rejectsVerificationOfExpiredRun() {
        fixture.given(created(jobId), succeeded(jobId, "a", T0, SHA_A), new BackupRunExpiredEvent(jobId, runId("a"), null))
                .when(new VerifyBackupRunCommand(jobId, runId("a"), SHA_A, CHECKED))
                .expectException(violates(BackupRule.RUN_EXPIRED));
    }

    @Test
    void rejectsVerificationWithoutValidHash() {
        fixture.given(created(jobId), succeeded(jobId, "a", T0, SHA_A))
                .when(new VerifyBackupRunCommand(jobId, runId("a"), null, CHECKED))
                .expectException(violates(BackupRule.SHA256_FORMAT));
    }

    @Test
    void retentionExpiresOlderRunsButNeverTheNewestVerifiedOne() {
        RetentionPolicy oneDaily = new RetentionPolicy(1, 0, 0);
        Instant dayTwo = T0.plus(Duration.ofDays(1));
        Instant dayThree = T0.plus(Duration.ofDays(2));
        fixture.given(new BackupJobCreatedEvent(jobId, NAME, SOURCE, INTERVAL, GRACE, oneDaily, PING, null),
                        succeeded(jobId, "verified", T0, SHA_A), verified(jobId, "verified", CHECKED, SHA_A),
                        succeeded(jobId, "unverified", dayTwo, SHA_B),
                        succeeded(jobId, "newest", dayThree, SHA_B))
                .when(new ApplyBackupRetentionCommand(jobId))
                .expectEvents(new BackupRunExpiredEvent(jobId, runId("unverified"), null));
    }
}
