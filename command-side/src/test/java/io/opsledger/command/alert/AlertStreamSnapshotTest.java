package io.opsledger.command.alert;

import io.opsledger.command.snapshot.SnapshotRoundTrip;
import io.opsledger.kernel.alert.AlertAcknowledgedEvent;
import io.opsledger.kernel.alert.AlertId;
import io.opsledger.kernel.alert.AlertKind;
import io.opsledger.kernel.alert.AlertRaisedEvent;
import io.opsledger.kernel.alert.AlertRepeatedEvent;
import io.opsledger.kernel.alert.AlertResolvedEvent;
import io.opsledger.kernel.alert.AlertSeverity;
import io.opsledger.kernel.alert.AlertStreamId;
import io.opsledger.kernel.alert.AlertSubject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An alert stream restored from a snapshot holds what a full replay builds: its open alert and the causes it saw. */
class AlertStreamSnapshotTest {

    private static final String KEY = "backup-overdue:db01";
    private static final AlertStreamId STREAM = AlertStreamId.forKey(KEY);
    private static final AlertSubject SUBJECT = new AlertSubject("BackupJob", UUID.nameUUIDFromBytes("db01".getBytes()));
    private static final Instant T0 = Instant.parse("2026-11-02T02:00:00Z");

    @Test
    void aSnapshotRestoresEveryFieldAFullReplayBuilds() {
        AlertId first = new AlertId(UUID.nameUUIDFromBytes("first".getBytes()));
        AlertId second = new AlertId(UUID.nameUUIDFromBytes("second".getBytes()));
        List<Object> history = List.of(
                new AlertRaisedEvent(STREAM, first, KEY, AlertKind.BACKUP_OVERDUE, AlertSeverity.WARNING, "Backup overdue",
                        "late", SUBJECT, "event-1", T0),
                new AlertRepeatedEvent(STREAM, first, 2, AlertSeverity.CRITICAL, "later", "event-2", T0.plusSeconds(60)),
                new AlertAcknowledgedEvent(STREAM, first, "ops", "looking", T0.plusSeconds(120)),
                new AlertResolvedEvent(STREAM, first, true, null, "a backup succeeded", T0.plusSeconds(180)),
                new AlertRaisedEvent(STREAM, second, KEY, AlertKind.BACKUP_OVERDUE, AlertSeverity.WARNING, "Backup overdue",
                        "late again", SUBJECT, "event-3", T0.plusSeconds(3600)));
        List<Object> after = List.of(
                new AlertRepeatedEvent(STREAM, second, 2, AlertSeverity.WARNING, "still late", "event-4", T0.plusSeconds(3700)));

        SnapshotRoundTrip.assertSnapshotRestoresState(AlertStream.class, STREAM.toString(), history, after);
    }
}
