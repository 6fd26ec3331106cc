package io.opsledger.bench.scenarios;

import io.opsledger.bench.BenchContext;
import io.opsledger.bench.support.AppProcess;
import io.opsledger.bench.support.GraphQlHttp;
import io.opsledger.bench.support.PgSchema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

/**
 * Fills an event store with many real plan events for the projection benchmarks: the server writes
 * one template plan (a {@code PlanCreatedEvent} and a rename), then the database server copies those
 * two events into as many plans as asked (a creation followed by renames), so their JSON is exactly
 * what the application reads.
 */
final class PlanEventSeed {

    private static final String TEMPLATE_TITLE = "Catch-up template title";

    private PlanEventSeed() {
    }

    /** Seeds {@code events} plan events, {@code perPlan} per plan, with the server stopped at the end; answers the head. */
    static long seed(BenchContext context, PgSchema schema, int events, int perPlan) throws Exception {
        try (AppProcess app = context.startPostgres(schema)) {
            GraphQlHttp http = new GraphQlHttp(app.graphQl());
            UUID template = UUID.randomUUID();
            PlanOperations.createPlan(http, template, TEMPLATE_TITLE);
            PlanOperations.renamePlan(http, template, TEMPLATE_TITLE + " renamed");
        }
        context.log("copying the template events into %,d events (%d per plan)".formatted(events, perPlan));
        return copyTemplate(schema, events, perPlan);
    }

    /** Copies the template plan's two events into {@code events} events; answers the highest global index. */
    private static long copyTemplate(PgSchema schema, int events, int perPlan) throws Exception {
        try (Connection connection = schema.connect(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TEMPORARY TABLE template AS
                    SELECT sequencenumber, type, payloadtype, payloadrevision, metadata, timestamp,
                           replace(replace(convert_from(payload, 'UTF8'), aggregateidentifier, '%PLAN%'),
                                   '""" + TEMPLATE_TITLE + "', '%TITLE%') AS payload FROM domainevententry " + """
                    WHERE aggregateidentifier = (SELECT aggregateidentifier FROM domainevententry
                                                 WHERE convert_from(payload, 'UTF8') LIKE '%""" + TEMPLATE_TITLE + "%' " + """
                                                 ORDER BY globalindex LIMIT 1)
                      AND sequencenumber <= 1""");
            try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM template")) {
                count.next();
                if (count.getInt(1) != 2) {
                    throw new IllegalStateException("expected the template plan's create and rename events, found "
                            + count.getInt(1));
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO domainevententry (eventidentifier, aggregateidentifier, sequencenumber, type, timestamp,
                                                  payloadtype, payloadrevision, payload, metadata)
                    SELECT gen_random_uuid()::text, plan.id, g % ?, t.type, t.timestamp, t.payloadtype, t.payloadrevision,
                           convert_to(replace(replace(t.payload, '%PLAN%', plan.id), '%TITLE%', 'Catch-up plan ' || g), 'UTF8'),
                           t.metadata
                    FROM generate_series(0, ? - 1) AS g
                    CROSS JOIN LATERAL (SELECT md5('catch-up plan ' || (g / ?))::uuid::text AS id) AS plan
                    JOIN template t ON t.sequencenumber = LEAST(g % ?, 1)
                    ORDER BY g""")) {
                insert.setInt(1, perPlan);
                insert.setInt(2, events);
                insert.setInt(3, perPlan);
                insert.setInt(4, perPlan);
                insert.executeUpdate();
            }
            try (ResultSet max = statement.executeQuery("SELECT MAX(globalindex) FROM domainevententry")) {
                max.next();
                return max.getLong(1);
            }
        }
    }
}
