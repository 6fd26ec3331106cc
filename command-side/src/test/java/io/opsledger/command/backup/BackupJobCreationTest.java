package io.opsledger.command.backup;

import io.opsledger.kernel.backup.BackupJobCreatedEvent;
import io.opsledger.kernel.backup.BackupJobId;
import io.opsledger.kernel.backup.BackupJobReconfiguredEvent;
import io.opsledger.kernel.backup.BackupRule;
import io.opsledger.kernel.backup.CreateBackupJobCommand;
import io.opsledger.kernel.backup.ReconfigureBackupJobCommand;
import io.opsledger.kernel.backup.RetentionPolicy;
import io.opsledger.kernel.backup.ScanSettings;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static io.opsledger.command.backup.BackupFixture.GRACE;
import static io.opsledger.command.backup.BackupFixture.INTERVAL;
import static io.opsledger.command.backup.BackupFixture.NAME;
import static io.opsledger.command.backup.BackupFixture.PING;
import static io.opsledger.command.backup.BackupFixture.RETENTION;
import static io.opsledger.command.backup.BackupFixture.SCAN;
import static io.opsledger.command.backup.BackupFixture.SOURCE;
import static io.opsledger.command.backup.BackupFixture.created;
import static io.opsledger.command.backup.BackupFixture.violates;

class BackupJobCreationTest {

    private final BackupJobId jobId = BackupJobId.random();
    private AggregateTestFixture<BackupJob> fixture;

    @BeforeEach
    void setUp() {
        fixture = BackupFixture.fixture();
    }

    private CreateBackupJobCommand create(String name, Duration interval, Duration grace, RetentionPolicy retention,
                                          ScanSettings scan) {
        return new CreateBackupJobCommand(jobId, name, SOURCE, interval, grace, retention, PING, scan);
    }

    @Test
    void createsJobWithStrippedNameAndItsSettings() {
        fixture.givenNoPriorActivity()
                .when(create("  " + NAME + " ", INTERVAL, GRACE, RETENTION, SCAN))
                .expectSuccessfulHandlerExecution()
                .expectEvents(created(jobId));
    }

    @Test
    void defaultsRetentionAndScanPattern() {
        fixture.givenNoPriorActivity()
                .when(create(NAME, INTERVAL, GRACE, null, new ScanSettings("/srv/backups", null, true)))
                .expectEvents(new BackupJobCreatedEvent(jobId, NAME, SOURCE, INTERVAL, GRACE, RetentionPolicy.DEFAULT,
                        PING, new ScanSettings("/srv/backups", "*", true)));
    }

    @Test
    void createsJobWithoutScanDirectory() {
        fixture.givenNoPriorActivity()
                .when(create(NAME, INTERVAL, Duration.ZERO, RETENTION, null))
                .expectEvents(new BackupJobCreatedEvent(jobId, NAME, SOURCE, INTERVAL, Duration.ZERO, RETENTION, PING, null));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t"})
    void rejectsBlankName(String name) {
        fixture.givenNoPriorActivity()
                .when(create(name, INTERVAL, GRACE, RETENTION, SCAN))
                .expectNoEvents()
                .expectException(violates(BackupRule.NAME_REQUIRED));
    }

    @Test
    void rejectsNameLongerThanMaximum() {
        fixture.givenNoPriorActivity()
                .when(create("n".repeat(BackupRule.MAX_NAME_LENGTH + 1), INTERVAL, GRACE, RETENTION, SCAN))
                .expectException(violates(BackupRule.NAME_TOO_LONG));
    }

    @Test
    void rejectsSourceLongerThanMaximum() {
        fixture.givenNoPriorActivity()
                .when(new CreateBackupJobCommand(jobId, NAME, "s".repeat(BackupRule.MAX_SOURCE_LENGTH + 1), INTERVAL,
                        GRACE, RETENTION, PING, SCAN))
                .expectException(violates(BackupRule.SOURCE_TOO_LONG));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -60, 366L * 24 * 3600 + 1})
    void rejectsIntervalOutOfRange(long seconds) {
        fixture.givenNoPriorActivity()
                .when(create(NAME, Duration.ofSeconds(seconds), GRACE, RETENTION, SCAN))
                .expectException(violates(BackupRule.INTERVAL_OUT_OF_RANGE));
    }

    @Test
    void rejectsNegativeGrace() {
        fixture.givenNoPriorActivity()
                .when(create(NAME, INTERVAL, Duration.ofSeconds(-1), RETENTION, SCAN))
                .expectException(violates(BackupRule.GRACE_OUT_OF_RANGE));
    }

    @Test
    void rejectsRetentionThatKeepsNothingOrHasNegativeCounts() {
        fixture.givenNoPriorActivity()
                .when(create(NAME, INTERVAL, GRACE, new RetentionPolicy(0, 0, 0), SCAN))
                .expectException(violates(BackupRule.RETENTION_INVALID));
        fixture.givenNoPriorActivity()
                .when(create(NAME, INTERVAL, GRACE, new RetentionPolicy(7, -1, 0), SCAN))
                .expectException(violates(BackupRule.RETENTION_INVALID));
    }

    @Test
    void rejectsMissingPingUuid() {
        fixture.givenNoPriorActivity()
                .when(new CreateBackupJobCommand(jobId, NAME, SOURCE, INTERVAL, GRACE, RETENTION, null, SCAN))
                .expectException(violates(BackupRule.PING_UUID_REQUIRED));
    }

    @Test
    void rejectsRelativeScanDirectory() {
        fixture.givenNoPriorActivity()
                .when(create(NAME, INTERVAL, GRACE, RETENTION, new ScanSettings("backups/db01", "*", false)))
                .expectException(violates(BackupRule.SCAN_DIRECTORY_NOT_ABSOLUTE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sub/*.tar", "**.tar", "[unclosed"})
    void rejectsGlobThatIsNotOneFileNamePattern(String glob) {
        fixture.givenNoPriorActivity()
                .when(create(NAME, INTERVAL, GRACE, RETENTION, new ScanSettings("/srv/backups", glob, false)))
                .expectException(violates(BackupRule.SCAN_GLOB_INVALID));
    }

    @Test
    void rejectsAllowDeleteWithoutScanDirectory() {
        fixture.givenNoPriorActivity()
                .when(create(NAME, INTERVAL, GRACE, RETENTION, new ScanSettings(" ", "*", true)))
                .expectException(violates(BackupRule.ALLOW_DELETE_WITHOUT_SCAN));
    }

    @Test
    void reconfiguresAndReschedulesTheDeadlineForTheNewWindow() {
        fixture.given(created(jobId))
                .when(new ReconfigureBackupJobCommand(jobId, "renamed", SOURCE, Duration.ofHours(2), GRACE, RETENTION, SCAN))
                .expectEvents(new BackupJobReconfiguredEvent(jobId, "renamed", SOURCE, Duration.ofHours(2), GRACE, RETENTION, SCAN))
                .expectScheduledDeadlineWithName(Duration.ofMinutes(130), BackupJob.OVERDUE_DEADLINE)
                .expectResultMessagePayload(1L);
    }

    @Test
    void reconfiguringToTheSameSettingsChangesNothing() {
        fixture.given(created(jobId))
                .when(new ReconfigureBackupJobCommand(jobId, NAME, SOURCE, INTERVAL, GRACE, RETENTION, SCAN))
                .expectNoEvents()
                .expectResultMessagePayload(0L);
    }

    @Test
    void reconfigureAppliesTheSameRules() {
        fixture.given(created(jobId))
                .when(new ReconfigureBackupJobCommand(jobId, NAME, SOURCE, Duration.ZERO, GRACE, RETENTION, SCAN))
                .expectException(violates(BackupRule.INTERVAL_OUT_OF_RANGE));
    }
}
