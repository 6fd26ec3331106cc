package io.opsledger.query.alertfeed;

import io.opsledger.kernel.alert.AlertKind;
import io.opsledger.kernel.alert.AlertPage;
import io.opsledger.kernel.alert.AlertSeverity;
import io.opsledger.kernel.alert.AlertStatus;
import io.opsledger.kernel.alert.AlertView;
import io.opsledger.query.paging.KeysetCursor;
import io.opsledger.query.paging.KeysetPageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
public class AlertFeedRepository {

    static final String ALERTS = "alert";

    private final JdbcClient jdbc;

    AlertFeedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AlertView> find(UUID alertId) {
        return jdbc.sql("SELECT * FROM alert WHERE alert_id = :id").param("id", alertId)
                .query(AlertFeedRepository::view).optional();
    }

    /** Open and acknowledged alerts, most severe first, then newest first. */
    List<AlertView> findUnresolved(AlertSeverity minSeverity) {
        return jdbc.sql("""
                        SELECT * FROM alert WHERE status <> 'RESOLVED' AND severity_rank >= :rank
                        ORDER BY severity_rank DESC, raised_at DESC, alert_id DESC""")
                .param("rank", minSeverity == null ? 0 : minSeverity.ordinal())
                .query(AlertFeedRepository::view).list();
    }

    /** Newest raise first, continuing after the cursor. */
    AlertPage findPage(AlertStatus status, AlertSeverity minSeverity, int first, KeysetCursor after) {
        KeysetPageQuery query = KeysetPageQuery.newestFirst("SELECT * FROM alert", "raised_at", "alert_id")
                .where("severity_rank >= :rank", "rank", minSeverity == null ? 0 : minSeverity.ordinal());
        if (status != null) {
            query.where("status = :status", "status", status.name());
        }
        KeysetPageQuery.Page<AlertView> page = query.fetch(jdbc, first, after, AlertFeedRepository::view);
        List<AlertPage.Edge> edges = page.rows().stream()
                .map(view -> new AlertPage.Edge(new KeysetCursor(ALERTS, view.raisedAt(), view.id()).encode(), view))
                .toList();
        return new AlertPage(edges, page.hasNext(), after != null);
    }

    private static AlertView view(ResultSet rs, int row) throws SQLException {
        Object automatically = rs.getObject("resolved_automatically");
        return new AlertView(rs.getObject("alert_id", UUID.class), rs.getString("alert_key"),
                AlertKind.valueOf(rs.getString("kind")), AlertSeverity.valueOf(rs.getString("severity")),
                AlertStatus.valueOf(rs.getString("status")), rs.getString("title"), rs.getString("message"),
                rs.getString("subject_type"), rs.getObject("subject_id", UUID.class), rs.getInt("occurrences"),
                instant(rs, "raised_at"), instant(rs, "last_raised_at"), rs.getString("acknowledged_by"),
                rs.getString("acknowledge_comment"), instant(rs, "acknowledged_at"), instant(rs, "resolved_at"),
                automatically == null ? null : rs.getBoolean("resolved_automatically"), rs.getString("resolved_by"),
                rs.getString("resolve_reason"), rs.getLong("revision"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
