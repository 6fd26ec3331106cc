package io.opsledger.support;

import io.opsledger.kernel.plan.ConflictStrategy;
import io.opsledger.kernel.plan.PlanCreatedEvent;
import io.opsledger.kernel.plan.PlanId;
import io.opsledger.kernel.plan.PlanRenamedEvent;
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
 * the API would only measure the API.
 */
public final class BulkEvents {

    private static final int BATCH = 1000;

    private BulkEvents() {
    }

    /** {@code plans} plans, each created then renamed: two events per plan. */
    public static void plansCreatedAndRenamed(Connection connection, Serializer serializer, int plans) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        Instant start = Instant.now().minusSeconds(3600);
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                  payload, payloadrevision, payloadtype, timestamp) VALUES (?, ?, 'Plan', ?, ?, ?, ?, ?, ?)""")) {
            for (int plan = 0; plan < plans; plan++) {
                PlanId id = new PlanId(UUID.randomUUID());
                String correlation = UUID.randomUUID().toString();
                Instant at = start.plusMillis(plan);
                add(insert, serializer, id, 0, new PlanCreatedEvent(id, "Bulk plan " + plan, "v1", ConflictStrategy.AUTO_MERGE),
                        correlation, at);
                add(insert, serializer, id, 1, new PlanRenamedEvent(id, "Bulk plan " + plan + " renamed"), correlation, at);
                if (plan % (BATCH / 2) == BATCH / 2 - 1) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            connection.commit();
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void add(PreparedStatement insert, Serializer serializer, PlanId id, long sequence, Object event,
                            String correlation, Instant at) throws SQLException {
        SerializedObject<byte[]> payload = serializer.serialize(event, byte[].class);
        String metadata = """
                {"principal":"bulk-loader","correlationId":"%s","causationId":"%s","timestamp":"%s"}"""
                .formatted(correlation, UUID.randomUUID(), at);
        insert.setString(1, id.value().toString());
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
