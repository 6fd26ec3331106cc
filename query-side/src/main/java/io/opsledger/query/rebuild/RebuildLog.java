package io.opsledger.query.rebuild;

import io.opsledger.query.rebuild.RebuildStatus.Purpose;
import io.opsledger.query.rebuild.RebuildStatus.State;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The {@code projection_rebuild} table: what was started, how it ended, what must resume. */
final class RebuildLog {

    private static final int MAX_TEXT = 3900;

    private final JdbcClient jdbc;

    RebuildLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Entry(String group, Purpose purpose, State state, String shadowSchema, Instant startedAt, Instant finishedAt,
                 Long finalPosition, String message, long differingRows, List<String> differences) {
    }

    void started(String group, Purpose purpose, String shadowSchema, Instant at) {
        jdbc.sql("DELETE FROM projection_rebuild WHERE processing_group = :group AND purpose = :purpose")
                .param("group", group).param("purpose", purpose.name()).update();
        jdbc.sql("INSERT INTO projection_rebuild (processing_group, purpose, state, shadow_schema, started_at)"
                        + " VALUES (:group, :purpose, 'RUNNING', :schema, :at)")
                .param("group", group).param("purpose", purpose.name()).param("schema", shadowSchema)
                .param("at", at.toString()).update();
    }

    void finished(String group, Purpose purpose, State state, Long finalPosition, String message, long differingRows,
                  List<String> differences) {
        jdbc.sql("UPDATE projection_rebuild SET state = :state, finished_at = :at, final_position = :position,"
                        + " message = :message, differing_rows = :rows, differences = :differences"
                        + " WHERE processing_group = :group AND purpose = :purpose")
                .param("state", state.name()).param("at", Instant.now().toString()).param("position", finalPosition)
                .param("message", clip(message)).param("rows", differingRows)
                .param("differences", differences.isEmpty() ? null : clip(String.join("\n", differences)))
                .param("group", group).param("purpose", purpose.name()).update();
    }

    Optional<Entry> find(String group, Purpose purpose) {
        return jdbc.sql("SELECT * FROM projection_rebuild WHERE processing_group = :group AND purpose = :purpose")
                .param("group", group).param("purpose", purpose.name())
                .query((row, number) -> new Entry(row.getString("processing_group"), Purpose.valueOf(row.getString("purpose")),
                        State.valueOf(row.getString("state")), row.getString("shadow_schema"),
                        Instant.parse(row.getString("started_at")),
                        row.getString("finished_at") == null ? null : Instant.parse(row.getString("finished_at")),
                        (Long) row.getObject("final_position", Long.class), row.getString("message"),
                        row.getLong("differing_rows"),
                        row.getString("differences") == null ? List.of() : Arrays.asList(row.getString("differences").split("\n"))))
                .optional();
    }

    List<Entry> running() {
        return jdbc.sql("SELECT processing_group, purpose FROM projection_rebuild WHERE state IN ('RUNNING', 'SWITCHING')")
                .query((row, number) -> List.of(row.getString("processing_group"), row.getString("purpose")))
                .list().stream()
                .flatMap(key -> find(key.get(0), Purpose.valueOf(key.get(1))).stream())
                .toList();
    }

    private static String clip(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "…";
    }
}
