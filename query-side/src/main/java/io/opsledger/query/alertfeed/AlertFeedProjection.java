package io.opsledger.query.alertfeed;

import io.opsledger.query.readmodel.ProcessingGroups;
import io.opsledger.query.readmodel.ReadModelTime;
import io.opsledger.kernel.alert.AlertAcknowledgedEvent;
import io.opsledger.kernel.alert.AlertRaisedEvent;
import io.opsledger.kernel.alert.AlertRepeatedEvent;
import io.opsledger.kernel.alert.AlertResolvedEvent;
import io.opsledger.kernel.alert.AlertStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;


/**
 * Keeps the alert table. Each write is guarded by the row's revision, so an event applied once is
 * never applied again. Subscribers are notified by the live-updates processor of each instance,
 * not from here.
 */
@Component
@ProcessingGroup(ProcessingGroups.ALERT_FEED)
class AlertFeedProjection {

    private final JdbcClient jdbc;

    AlertFeedProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AlertRaisedEvent event, @SequenceNumber long sequence) {
        jdbc.sql("""
                        INSERT INTO alert (alert_id, stream_id, alert_key, kind, severity, severity_rank, status, title,
                                           message, subject_type, subject_id, occurrences, raised_at, last_raised_at, revision)
                        SELECT :id, :stream, :key, :kind, :severity, :rank, :status, :title, :message, :subjectType,
                               :subjectId, 1, :at, :at, :revision
                        WHERE NOT EXISTS (SELECT 1 FROM alert WHERE alert_id = :id)""")
                .param("id", event.alertId().value())
                .param("stream", event.streamId().value())
                .param("key", event.key())
                .param("kind", event.kind().name())
                .param("severity", event.severity().name())
                .param("rank", event.severity().ordinal())
                .param("status", AlertStatus.OPEN.name())
                .param("title", event.title())
                .param("message", event.message())
                .param("subjectType", event.subject() == null ? null : event.subject().type())
                .param("subjectId", event.subject() == null ? null : event.subject().id())
                .param("at", ReadModelTime.of(event.at()))
                .param("revision", sequence)
                .update();
    }

    @EventHandler
    void on(AlertRepeatedEvent event, @SequenceNumber long sequence) {
        jdbc.sql("""
                        UPDATE alert SET occurrences = :occurrences, severity = :severity, severity_rank = :rank,
                               message = COALESCE(:message, message), last_raised_at = :at, revision = :revision
                        WHERE alert_id = :id AND revision < :revision""")
                .param("occurrences", event.occurrences())
                .param("severity", event.severity().name())
                .param("rank", event.severity().ordinal())
                .param("message", event.message())
                .param("at", ReadModelTime.of(event.at()))
                .param("revision", sequence)
                .param("id", event.alertId().value())
                .update();
    }

    @EventHandler
    void on(AlertAcknowledgedEvent event, @SequenceNumber long sequence) {
        jdbc.sql("""
                        UPDATE alert SET status = :status, acknowledged_by = :by, acknowledge_comment = :comment,
                               acknowledged_at = :at, revision = :revision
                        WHERE alert_id = :id AND revision < :revision""")
                .param("status", AlertStatus.ACKNOWLEDGED.name())
                .param("by", event.by())
                .param("comment", event.comment())
                .param("at", ReadModelTime.of(event.at()))
                .param("revision", sequence)
                .param("id", event.alertId().value())
                .update();
    }

    @EventHandler
    void on(AlertResolvedEvent event, @SequenceNumber long sequence) {
        jdbc.sql("""
                        UPDATE alert SET status = :status, resolved_at = :at, resolved_automatically = :automatically,
                               resolved_by = :by, resolve_reason = :reason, revision = :revision
                        WHERE alert_id = :id AND revision < :revision""")
                .param("status", AlertStatus.RESOLVED.name())
                .param("at", ReadModelTime.of(event.at()))
                .param("automatically", event.automatically())
                .param("by", event.by())
                .param("reason", event.reason())
                .param("revision", sequence)
                .param("id", event.alertId().value())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM alert").update();
    }

}
