package io.opsledger.command.backup;

import io.opsledger.kernel.backup.BackupJobId;
import io.opsledger.kernel.backup.BackupOverdueClearedEvent;
import io.opsledger.kernel.backup.BackupOverdueEvent;
import io.opsledger.kernel.backup.BackupRunSucceededEvent;
import io.opsledger.kernel.backup.RecordBackupSuccessCommand;
import io.opsledger.kernel.backup.RunOrigin;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.opsledger.command.backup.BackupFixture.create;
import static io.opsledger.command.backup.BackupFixture.runId;

/** Interval 1 h and grace 10 min: without a success, the job is overdue at exactly 70 minutes. */
class BackupJobOverdueTest {

    private static final Duration DUE = Duration.ofMinutes(70);

    private final BackupJobId jobId = BackupJobId.random();
    private AggregateTestFixture<BackupJob> fixture;

    @BeforeEach
    void setUp() {
        fixture = BackupFixture.fixture();
    }

    @Test
    void creationSchedulesTheOverdueDeadlineAtIntervalPlusGrace() {
        Instant dueAt = fixture.currentTime().plus(DUE);
        fixture.givenNoPriorActivity()
                .when(create(jobId))
                .expectScheduledDeadlineWithName(DUE, BackupJob.OVERDUE_DEADLINE)
                .expectScheduledDeadline(DUE, new OverdueCheck(dueAt, null));
    }

    @Test
    void isNotOverdueOneMinuteBeforeTheDeadline() {
        fixture.givenCommands(create(jobId))
                .whenTimeElapses(DUE.minusMinutes(1))
                .expectNoEvents()
                .expectTriggeredDeadlines();
    }

    @Test
    void becomesOverdueAtExactlySeventyMinutesWithoutSuccess() {
        Instant dueAt = fixture.currentTime().plus(DUE);
        fixture.givenCommands(create(jobId))
                .whenTimeElapses(DUE)
                .expectTriggeredDeadlinesWithName(BackupJob.OVERDUE_DEADLINE)
                .expectEvents(new BackupOverdueEvent(jobId, dueAt, null));
    }

    @Test
    void successReschedulesTheDeadlineFromTheSuccess() {
        Instant successAt = fixture.currentTime().plus(Duration.ofMinutes(30));
        fixture.givenCommands(create(jobId))
                .when(new RecordBackupSuccessCommand(jobId, runId("a"), true, RunOrigin.PING, successAt, null, null, null))
                .expectScheduledDeadline(Duration.ofMinutes(100), new OverdueCheck(successAt.plus(DUE), successAt))
                .expectNoScheduledDeadline(DUE, new OverdueCheck(fixture.currentTime().plus(DUE), null));
    }

    @Test
    void successBeforeTheDeadlineKeepsTheJobFromBeingOverdue() {
        Instant successAt = fixture.currentTime().plus(Duration.ofMinutes(30));
        fixture.givenCommands(create(jobId),
                        new RecordBackupSuccessCommand(jobId, runId("a"), true, RunOrigin.PING, successAt, null, null, null))
                .whenTimeElapses(DUE)
                .expectNoEvents();
    }

    @Test
    void laterSuccessClearsTheOverdueCondition() {
        Instant dueAt = fixture.currentTime().plus(DUE);
        Instant successAt = dueAt.plus(Duration.ofMinutes(5));
        fixture.given(BackupFixture.created(jobId), new BackupOverdueEvent(jobId, dueAt, null))
                .when(new RecordBackupSuccessCommand(jobId, runId("late"), true, RunOrigin.PING, successAt, null, null, null))
                .expectEvents(
                        new BackupRunSucceededEvent(jobId, runId("late"), RunOrigin.PING, null, successAt, null, null, null, null),
                        new BackupOverdueClearedEvent(jobId, runId("late"), successAt));
    }
}
