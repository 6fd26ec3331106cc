package io.opsledger.command.alert;

import io.opsledger.kernel.alert.AcknowledgeAlertCommand;
import io.opsledger.kernel.alert.AlertAcknowledgedEvent;
import io.opsledger.kernel.alert.AlertChange;
import io.opsledger.kernel.alert.AlertId;
import io.opsledger.kernel.alert.AlertKind;
import io.opsledger.kernel.alert.AlertRaisedEvent;
import io.opsledger.kernel.alert.AlertRepeatedEvent;
import io.opsledger.kernel.alert.AlertResolvedEvent;
import io.opsledger.kernel.alert.AlertRule;
import io.opsledger.kernel.alert.AlertSeverity;
import io.opsledger.kernel.alert.AlertStreamId;
import io.opsledger.kernel.alert.AlertSubject;
import io.opsledger.kernel.alert.ClearAlertCommand;
import io.opsledger.kernel.alert.RaiseAlertCommand;
import io.opsledger.kernel.alert.ResolveAlertCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static io.opsledger.command.RuleViolationMatcher.violates;

class AlertStreamTest {

    private static final String KEY = "backup-overdue:db01";
    private static final AlertStreamId STREAM = AlertStreamId.forKey(KEY);
    private static final AlertSubject SUBJECT = new AlertSubject("BackupJob", UUID.nameUUIDFromBytes("db01".getBytes()));
    private static final AlertId FIRST = alertId(0);

    private AggregateTestFixture<AlertStream> fixture;
    private Instant now;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AlertStream.class);
        now = fixture.currentTime();
    }

    private static AlertId alertId(long sequence) {
        return new AlertId(UUID.nameUUIDFromBytes(("alert:" + STREAM + ":" + sequence).getBytes(StandardCharsets.UTF_8)));
    }

    private static RaiseAlertCommand raise(AlertSeverity severity, String cause) {
        return RaiseAlertCommand.of(KEY, AlertKind.BACKUP_OVERDUE, severity, "Backup overdue", "late", SUBJECT, cause);
    }

    private AlertRaisedEvent raised(String cause) {
        return new AlertRaisedEvent(STREAM, FIRST, KEY, AlertKind.BACKUP_OVERDUE, AlertSeverity.WARNING,
                "Backup overdue", "late", SUBJECT, cause, now);
    }

    @Test
    void firstRaiseOpensAnAlert() {
        fixture.givenNoPriorActivity()
                .when(raise(AlertSeverity.WARNING, "event-1"))
                .expectEvents(raised("event-1"))
                .expectResultMessagePayload(new AlertChange(FIRST, 0));
    }

    @Test
    void raisingTheOpenKeyAgainCountsAnOccurrenceAndNeverLowersSeverity() {
        fixture.given(raised("event-1"))
                .andGiven(new AlertRepeatedEvent(STREAM, FIRST, 2, AlertSeverity.CRITICAL, "late", "event-2", now))
                .when(raise(AlertSeverity.WARNING, "event-3"))
                .expectEvents(new AlertRepeatedEvent(STREAM, FIRST, 3, AlertSeverity.CRITICAL, "late", "event-3", now));
    }

    @Test
    void theSameCauseDeliveredTwiceCountsOnce() {
        fixture.given(raised("event-1"))
                .when(raise(AlertSeverity.WARNING, "event-1"))
                .expectNoEvents();
    }

    @Test
    void aRaiseAfterResolutionOpensANewAlert() {
        fixture.given(raised("event-1"), new AlertResolvedEvent(STREAM, FIRST, true, null, "cleared", now))
                .when(raise(AlertSeverity.WARNING, "event-9"))
                .expectEvents(new AlertRaisedEvent(STREAM, alertId(2), KEY, AlertKind.BACKUP_OVERDUE,
                        AlertSeverity.WARNING, "Backup overdue", "late", SUBJECT, "event-9", now));
    }

    @Test
    void acknowledgingRecordsWhoAndWhy() {
        fixture.given(raised("event-1"))
                .when(new AcknowledgeAlertCommand(STREAM, FIRST, "alice", " looking "))
                .expectEvents(new AlertAcknowledgedEvent(STREAM, FIRST, "alice", "looking", now));
    }

    @Test
    void clearingResolvesTheOpenAlertAutomatically() {
        fixture.given(raised("event-1"))
                .when(ClearAlertCommand.of(KEY, "backup succeeded"))
                .expectEvents(new AlertResolvedEvent(STREAM, FIRST, true, null, "backup succeeded", now));
    }

    @Test
    void clearingAKeyWithNothingOpenChangesNothing() {
        fixture.given(raised("event-1"), new AlertResolvedEvent(STREAM, FIRST, false, "bob", null, now))
                .when(ClearAlertCommand.of(KEY, "backup succeeded"))
                .expectNoEvents();
    }

    @Test
    void rejectsResolvingAResolvedAlert() {
        fixture.given(raised("event-1"), new AlertResolvedEvent(STREAM, FIRST, false, "bob", null, now))
                .when(new ResolveAlertCommand(STREAM, FIRST, "bob", "again"))
                .expectException(violates(AlertRule.ALERT_NOT_OPEN));
    }

    @Test
    void rejectsAnUnknownAlert() {
        fixture.given(raised("event-1"))
                .when(new AcknowledgeAlertCommand(STREAM, new AlertId(UUID.randomUUID()), "alice", null))
                .expectException(violates(AlertRule.ALERT_NOT_FOUND));
    }

    @Test
    void rejectsAnAlertWithoutTitle() {
        fixture.givenNoPriorActivity()
                .when(RaiseAlertCommand.of(KEY, AlertKind.MANUAL, AlertSeverity.INFO, " ", null, null, null))
                .expectException(violates(AlertRule.ALERT_TITLE_REQUIRED));
    }

    @Test
    void rejectsAnAlertWithoutKey() {
        fixture.givenNoPriorActivity()
                .when(new RaiseAlertCommand(STREAM, "", AlertKind.MANUAL, AlertSeverity.INFO, "t", null, null, null))
                .expectException(violates(AlertRule.ALERT_KEY_REQUIRED));
    }
}
