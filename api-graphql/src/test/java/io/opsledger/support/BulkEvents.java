package io.opsledger.support;

import io.opsledger.kernel.dashboard.DashboardCreatedEvent;
import io.opsledger.kernel.dashboard.DashboardId;
import io.opsledger.kernel.dashboard.DashboardRenamedEvent;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes many events straight into Axon's event table with JDBC batches, serialized by the
 * application's own event serializer, for tests about rebuilds and exports where going through
 * the API would only measure the API. Dashboards, because no processor but their read model and
 * the correlation index does work for them (plan events would also be embedded by the search
 * index, which is not under test there and would take most of the time).
 */
public final class BulkEvents {

    private static final int BATCH = 1000;

    private BulkEvents() {
    }

    /** {@code dashboards} dashboards, each created then renamed: two events per dashboard. */
    public static void dashboardsCreatedAndRenamed(Connection connection, Serializer serializer, int dashboards)
            throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        Instant start = Instant.now().minusSeconds(3600);
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                  payload, payloadrevision, payloadtype, timestamp) VALUES (?, ?, 'Dashboard', ?, ?, ?, ?, ?, ?)""")) {
            for (int dashboard = 0; dashboard < dashboards; dashboard++) {
                DashboardId id = new DashboardId(UUID.randomUUID());
                String correlation = UUID.randomUUID().toString();
                Instant at = start.plusMillis(dashboard);
                add(insert, serializer, id.value(), 0, new DashboardCreatedEvent(id, "Bulk dashboard " + dashboard, at),
                        correlation, at);
                add(insert, serializer, id.value(), 1, new DashboardRenamedEvent(id, "Bulk dashboard " + dashboard + " renamed"),
                        correlation, at);
                if (dashboard % (BATCH / 2) == BATCH / 2 - 1) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            connection.commit();
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void add(PreparedStatement insert, Serializer serializer, UUID id, long sequence, Object event,
                            String correlation, Instant at) throws SQLException {
        SerializedObject<byte[]> payload = serializer.serialize(event, byte[].class);
        String metadata = """
                {"principal":"bulk-loader","correlationId":"%s","causationId":"%s","timestamp":"%s"}"""
                .formatted(correlation, UUID.randomUUID(), at);
        insert.setString(1, id.toString());
        insert.setLong(2, sequence);
        insert.setString(3, UUID.randomUUID().toString());
        insert.setBytes(4, metadata.getBytes(StandardCharsets.UTF_8));
        insert.setBytes(5, payload.getData());
        insert.setString(6, payload.getType().getRevision());
        insert.setString(7, payload.getType().getName());
        insert.setString(8, at.toString());
        insert.addBatch();
    }
}
