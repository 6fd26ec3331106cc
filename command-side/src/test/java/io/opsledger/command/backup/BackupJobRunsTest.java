package io.opsledger.command.backup;

import io.opsledger.kernel.backup.BackupJobId;
import io.opsledger.kernel.backup.BackupLogRecordedEvent;
import io.opsledger.kernel.backup.BackupRule;
import io.opsledger.kernel.backup.BackupRunFailedEvent;
import io.opsledger.kernel.backup.BackupRunStartedEvent;
import io.opsledger.kernel.backup.BackupRunSucceededEvent;
import io.opsledger.kernel.backup.LogExcerpt;
import io.opsledger.kernel.backup.RecordBackupFailureCommand;
import io.opsledger.kernel.backup.RecordBackupLogCommand;
import io.opsledger.kernel.backup.RecordBackupSuccessCommand;
import io.opsledger.kernel.backup.RunOrigin;
import io.opsledger.kernel.backup.StartBackupRunCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;

import static io.opsledger.command.backup.BackupFixture.SHA_A;
import static io.opsledger.command.backup.BackupFixture.T0;
import static io.opsledger.command.backup.BackupFixture.created;
import static io.opsledger.command.backup.BackupFixture.runId;
import static io.opsledger.command.backup.BackupFixture.started;
import static io.opsledger.command.backup.BackupFixture.succeeded;
import static io.opsledger.command.backup.BackupFixture.violates;

/** Runs start, succeed and fail; a success or failure pairs with the open start as Healthchecks does. */
class BackupJobRunsTest {

    private static final Instant LATER = T0.plus(Duration.ofMinutes(12));

    private final BackupJobId jobId = BackupJobId.random();
    private AggregateTestFixture<BackupJob> fixture;

    @BeforeEach
    void setUp() {
        fixture = BackupFixture.fixture();
    }

    private RecordBackupSuccessCommand success(String run, boolean attach, Long size, String sha256, String log) {
        return new RecordBackupSuccessCommand(jobId, runId(run), attach, RunOrigin.PING, LATER, size, sha256, log);
    }

    private RecordBackupFailureCommand failure(String run, Integer exitStatus, String reason) {
        return new RecordBackupFailureCommand(jobId, runId(run), true, RunOrigin.PING, LATER, reason, exitStatus, "tail");
    }

    @Test
    void startsRun() {
        fixture.given(created(jobId))
                .when(new StartBackupRunCommand(jobId, runId("a"), RunOrigin.PING, T0))
                .expectEvents(new BackupRunStartedEvent(jobId, runId("a"), RunOrigin.PING, T0))
                .expectResultMessagePayload(1L);
    }

    @Test
    void rejectsStartWithTakenRunId() {
        fixture.given(created(jobId), started(jobId, "a", T0))
                .when(new StartBackupRunCommand(jobId, runId("a"), RunOrigin.PING, T0))
                .expectException(violates(BackupRule.RUN_ID_TAKEN));
    }

    @Test
    void successEndsTheOpenRunSoItsDurationIsKnown() {
        fixture.given(created(jobId), started(jobId, "a", T0))
                .when(success("fresh", true, 10L, SHA_A.toUpperCase(), "done"))
                .expectEvents(new BackupRunSucceededEvent(jobId, runId("a"), RunOrigin.PING, T0, LATER, 10L, SHA_A, null, "done"));
    }

    @Test
    void successWithoutOpenRunIsANewRun() {
        fixture.given(created(jobId))
                .when(success("fresh", true, null, null, null))
                .expectEvents(new BackupRunSucceededEvent(jobId, runId("fresh"), RunOrigin.PING, null, LATER, null, null, null, null));
    }

    @Test
    void successNamingAnUnknownRunDoesNotTakeTheOpenOne() {
        fixture.given(created(jobId), started(jobId, "a", T0))
                .when(success("b", false, null, null, null))
                .expectEvents(new BackupRunSucceededEvent(jobId, runId("b"), RunOrigin.PING, null, LATER, null, null, null, null));
    }

    @Test
    void rejectsSuccessOfARunThatAlreadyEnded() {
        fixture.given(created(jobId), succeeded(jobId, "a", T0, SHA_A))
                .when(success("a", false, null, null, null))
                .expectException(violates(BackupRule.RUN_ALREADY_FINISHED));
    }

    @Test
    void rejectsNegativeSize() {
        fixture.given(created(jobId))
                .when(success("a", true, -1L, null, null))
                .expectException(violates(BackupRule.SIZE_NEGATIVE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "gggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggg"})
    void rejectsHashThatIsNotSha256(String sha256) {
        fixture.given(created(jobId))
                .when(success("a", true, 1L, sha256, null))
                .expectException(violates(BackupRule.SHA256_FORMAT));
    }

    @Test
    void keepsAtMost100KilobytesOfLogAndMarksTheCut() {
        String log = "x".repeat(LogExcerpt.MAX_BYTES + 5);
        String excerpt = "x".repeat(LogExcerpt.MAX_BYTES - 64) + "\n[log truncated: 69 bytes omitted]";
        fixture.given(created(jobId))
                .when(success("a", true, null, null, log))
                .expectEvents(new BackupRunSucceededEvent(jobId, runId("a"), RunOrigin.PING, null, LATER, null, null, null,
                        excerpt));
    }

    @Test
    void anExcerptIsNotCutAgain() {
        String excerpt = LogExcerpt.of("y".repeat(LogExcerpt.MAX_BYTES * 2));
        fixture.given(created(jobId))
                .when(success("a", true, null, null, excerpt))
                .expectEvents(new BackupRunSucceededEvent(jobId, runId("a"), RunOrigin.PING, null, LATER, null, null, null,
                        excerpt));
    }

    @Test
    void failureEndsTheOpenRunWithReasonAndExitStatus() {
        fixture.given(created(jobId), started(jobId, "a", T0))
                .when(failure("fresh", 2, " disk full "))
                .expectEvents(new BackupRunFailedEvent(jobId, runId("a"), RunOrigin.PING, T0, LATER, "disk full", 2, "tail"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 256, -1})
    void rejectsExitStatusOutsideOneTo255(int exitStatus) {
        fixture.given(created(jobId))
                .when(failure("a", exitStatus, "failed"))
                .expectException(violates(BackupRule.EXIT_STATUS_RANGE));
    }

    @Test
    void rejectsReasonLongerThanMaximum() {
        fixture.given(created(jobId))
                .when(failure("a", 1, "r".repeat(BackupRule.MAX_REASON_LENGTH + 1)))
                .expectException(violates(BackupRule.REASON_TOO_LONG));
    }

    @Test
    void rejectsFailureOfARunThatAlreadyEnded() {
        fixture.given(created(jobId), succeeded(jobId, "a", T0, SHA_A))
                .when(new RecordBackupFailureCommand(jobId, runId("a"), false, RunOrigin.API, LATER, "late", 1, null))
                .expectException(violates(BackupRule.RUN_ALREADY_FINISHED));
    }

    @Test
    void logJoinsTheOpenRun() {
        fixture.given(created(jobId), started(jobId, "a", T0))
                .when(new RecordBackupLogCommand(jobId, LATER, "50% done"))
                .expectEvents(new BackupLogRecordedEvent(jobId, runId("a"), LATER, "50% done"));
    }

    @Test
    void logWithoutOpenRunStandsAlone() {
        fixture.given(created(jobId))
                .when(new RecordBackupLogCommand(jobId, LATER, "hello"))
                .expectEvents(new BackupLogRecordedEvent(jobId, null, LATER, "hello"));
    }
}
