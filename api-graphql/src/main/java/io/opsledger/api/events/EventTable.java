package io.opsledger.api.events;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads and writes Axon's event table directly, page by page in global order. Used by the
 * server's export endpoint and by the command line straight on a database.
 */
public final class EventTable {

    private static final String COLUMNS = "globalindex, eventidentifier, aggregateidentifier, type, sequencenumber,"
            + " timestamp, payloadtype, payloadrevision, payload, metadata";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    public EventTable(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.batches = new JdbcTemplate(dataSource);
    }

    /** Up to {@code limit} events after global position {@code after}, within the range's positions and entity. */
    public List<StoredEvent> page(long after, EventRange range, int limit) {
        String entity = range.entity() == null ? "" : " AND aggregateidentifier = :entity";
        JdbcClient.StatementSpec statement = jdbc.sql("SELECT " + COLUMNS + " FROM domainevententry"
                        + " WHERE globalindex > :after AND globalindex >= :from AND globalindex <= :to" + entity
                        + " ORDER BY globalindex LIMIT :limit")
                .param("after", after).param("from", range.fromPosition()).param("to", range.toPosition())
                .param("limit", limit);
        if (range.entity() != null) {
            statement = statement.param("entity", range.entity());
        }
        return statement.query((row, number) -> new StoredEvent(row.getLong("globalindex"), row.getString("eventidentifier"),
                row.getString("aggregateidentifier"), row.getString("type"), row.getLong("sequencenumber"),
                row.getString("timestamp"), row.getString("payloadtype"), row.getString("payloadrevision"),
                row.getBytes("payload"), row.getBytes("metadata"))).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM domainevententry").query(Long.class).single();
    }

    /** Inserts events with their own global positions, as one JDBC batch. */
    public void insert(List<StoredEvent> events) {
        batches.batchUpdate("INSERT INTO domainevententry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", events,
                events.size(), EventTable::bind);
    }

    private static void bind(PreparedStatement insert, StoredEvent event) throws SQLException {
        insert.setLong(1, event.globalIndex());
        insert.setString(2, event.eventId());
        insert.setString(3, event.aggregateId());
        insert.setString(4, event.aggregateType());
        insert.setLong(5, event.sequenceNumber());
        insert.setString(6, event.timestamp());
        insert.setString(7, event.payloadType());
        insert.setString(8, event.payloadRevision());
        insert.setBytes(9, event.payload());
        insert.setBytes(10, event.metadata());
    }

    /** After an import with explicit positions, new events must be numbered after the last one. */
    public void continueNumberingAfter(long lastPosition) {
        jdbc.sql("ALTER TABLE domainevententry ALTER COLUMN globalindex RESTART WITH " + (lastPosition + 1)).update();
    }
}
