package io.opsledger.bench.scenarios;

import io.opsledger.bench.BenchContext;
import io.opsledger.bench.Benchmark;
import io.opsledger.bench.report.Results;
import io.opsledger.bench.support.Load;
import io.opsledger.bench.support.LoadResult;
import io.opsledger.bench.support.PgSchema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What PostgreSQL itself can do on this machine, in this run, with plain JDBC on the application's
 * own tables (created from the migrations inside its jar, in a schema of their own):
 * <ul>
 * <li>the command-shaped transaction: read an aggregate's events, insert the next one, commit
 * (synchronous commit, as the application's); streams of 1 to 10 events, at 1, 2, 8 and 16 clients;</li>
 * <li>batches of 100 inserts into the plan read model's table, one transaction each (what a
 * projection catching up in batches would do at best);</li>
 * <li>a read of one read-model row by key (the floor under {@code plan(id)});</li>
 * <li>a sequential read of the event table in pages of 1,000 (what a catching-up processor reads).</li>
 * </ul>
 */
public final class RawSqlBaseline implements Benchmark {

    static final String BEST_COMMAND = "raw.command.best";
    static final String BATCH_100 = "raw.batch100.rows";
    static final String POINT_READ_P50 = "raw.pointread.p50";
    static final String POINT_READ_P99 = "raw.pointread.p99";
    static final String SEQUENTIAL_READ = "raw.seqread.events";

    private static final String READ_EVENTS = """
            SELECT globalindex, type, aggregateidentifier, sequencenumber, eventidentifier, timestamp,
                   payloadtype, payloadrevision, payload, metadata
            FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber >= ? ORDER BY sequencenumber""";
    private static final String APPEND_EVENT = """
            INSERT INTO domainevententry (eventidentifier, aggregateidentifier, sequencenumber, type, timestamp,
                                          payloadtype, payloadrevision, payload, metadata)
            VALUES (?, ?, ?, 'Plan', ?, ?, NULL, ?, ?)""";
    private static final String INSERT_SUMMARY = """
            INSERT INTO plan_summary (plan_id, title, version, status, progress, phase_count, task_count,
                                      done_task_count, revision, created_at, updated_at)
            VALUES (?, ?, 'v1', 'DRAFT', 0, 0, 0, 0, 0, ?, ?)""";

    /** Command-shaped transactions on one aggregate before the client moves to a new one. */
    private static final int EVENTS_PER_AGGREGATE = 10;

    @Override
    public String name() {
        return "raw";
    }

    @Override
    public String description() {
        return "raw JDBC baselines on the same PostgreSQL (command-shaped transaction, batch-100 inserts, point read, sequential read)";
    }

    /** Keys of the command-shaped transaction's figures at {@code clients} clients. */
    static String command(int clients, String figure) {
        return "raw.command.c" + clients + "." + figure;
    }

    @Override
    public void run(BenchContext context) throws Exception {
        PgSchema schema = context.freshSchema("raw");
        schema.runScript(context.jar().resource("db/migration/V1__axon_event_store.sql"));
        schema.runScript(context.jar().resource("db/migration/readmodel/V2__plan_overview.sql"));
        Results results = context.results();
        Duration duration = context.config().duration("raw.duration");

        // The JIT of this JVM and PostgreSQL's caches warm up on a run that is not counted.
        commandShaped(schema, 8, duration);
        double best = 0;
        for (int clients : context.config().integers("raw.clients")) {
            LoadResult result = commandShaped(schema, clients, duration);
            context.log("command-shaped transaction, " + clients + " clients: " + result.summary());
            String scenario = "command-shaped tx, " + clients + " client" + (clients == 1 ? "" : "s");
            results.baseline(command(clients, "tps"), scenario, "tx/s", result.perSecond(), "/s");
            results.baseline(command(clients, "p50"), scenario, "p50", result.p50(), "ms");
            results.baseline(command(clients, "p99"), scenario, "p99", result.p99(), "ms");
            results.baseline(command(clients, "p999"), scenario, "p99.9", result.p999(), "ms");
            best = Math.max(best, result.perSecond());
        }
        results.baseline(BEST_COMMAND, "command-shaped tx, best concurrency", "tx/s (ceiling)", best, "/s");

        List<UUID> ids = new ArrayList<>();
        LoadResult batches = batchInserts(schema, duration, ids);
        context.log("batch-100 inserts: " + batches.summary());
        results.baseline(BATCH_100, "batch-100 inserts into plan_summary, 1 client", "rows/s", batches.perSecond() * 100, "/s");

        LoadResult pointReads = pointReads(schema, duration, ids);
        context.log("point reads: " + pointReads.summary());
        results.baseline(POINT_READ_P50, "plan_summary row by key, 1 client", "p50", pointReads.p50(), "ms");
        results.baseline(POINT_READ_P99, "plan_summary row by key, 1 client", "p99", pointReads.p99(), "ms");

        int events = context.config().integer("seqread.events");
        seed(schema, events);
        long[] read = sequentialRead(schema);
        double perSecond = read[0] / (read[1] / 1e9);
        context.log("sequential read of %,d events: %,.0f events/s".formatted(read[0], perSecond));
        results.baseline(SEQUENTIAL_READ, "event table read in pages of 1,000 (%,d events)".formatted(read[0]),
                "events/s", perSecond, "/s");
    }

    private static LoadResult commandShaped(PgSchema schema, int clients, Duration duration) throws Exception {
        List<Connection> connections = new ArrayList<>();
        try {
            for (int c = 0; c < clients; c++) {
                Connection connection = schema.connect();
                connection.setAutoCommit(false);
                connections.add(connection);
            }
            String run = UUID.randomUUID().toString().substring(0, 8);
            byte[] metadata = EventShapes.metadata();
            return Load.closedLoop(clients, duration, Long.MAX_VALUE, client -> {
                Connection connection = connections.get(client);
                return iteration -> {
                    String aggregate = run + "-" + client + "-" + iteration / EVENTS_PER_AGGREGATE;
                    long next = 0;
                    try (PreparedStatement read = connection.prepareStatement(READ_EVENTS)) {
                        read.setString(1, aggregate);
                        read.setLong(2, 0);
                        try (ResultSet rows = read.executeQuery()) {
                            while (rows.next()) {
                                rows.getBytes("payload");
                                rows.getBytes("metadata");
                                next = rows.getLong("sequencenumber") + 1;
                            }
                        }
                    }
                    try (PreparedStatement append = connection.prepareStatement(APPEND_EVENT)) {
                        append.setString(1, UUID.randomUUID().toString());
                        append.setString(2, aggregate);
                        append.setLong(3, next);
                        append.setString(4, Instant.now().toString());
                        append.setString(5, EventShapes.PAYLOAD_TYPE);
                        append.setBytes(6, EventShapes.payload(aggregate, next));
                        append.setBytes(7, metadata);
                        append.executeUpdate();
                    }
                    connection.commit();
                };
            });
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    private static LoadResult batchInserts(PgSchema schema, Duration duration, List<UUID> ids) throws Exception {
        try (Connection connection = schema.connect()) {
            connection.setAutoCommit(false);
            return Load.closedLoop(1, duration, Long.MAX_VALUE, client -> iteration -> {
                Timestamp now = Timestamp.from(Instant.now());
                try (PreparedStatement insert = connection.prepareStatement(INSERT_SUMMARY)) {
                    for (int row = 0; row < 100; row++) {
                        UUID id = UUID.randomUUID();
                        ids.add(id);
                        insert.setObject(1, id);
                        insert.setString(2, "Batch plan " + iteration + "." + row);
                        insert.setTimestamp(3, now);
                        insert.setTimestamp(4, now);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                connection.commit();
            });
        }
    }

    private static LoadResult pointReads(PgSchema schema, Duration duration, List<UUID> ids) throws Exception {
        try (Connection connection = schema.connect()) {
            return Load.closedLoop(1, duration, Long.MAX_VALUE, client -> iteration -> {
                try (PreparedStatement read = connection.prepareStatement("SELECT * FROM plan_summary WHERE plan_id = ?")) {
                    read.setObject(1, ids.get(ThreadLocalRandom.current().nextInt(ids.size())));
                    try (ResultSet rows = read.executeQuery()) {
                        if (!rows.next()) {
                            throw new IllegalStateException("row missing");
                        }
                    }
                }
            });
        }
    }

    /** Fills the event table to {@code events} rows in one statement on the server. */
    private static void seed(PgSchema schema, int events) throws Exception {
        try (Connection connection = schema.connect();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO domainevententry (eventidentifier, aggregateidentifier, sequencenumber, type, timestamp,
                                                   payloadtype, payload, metadata)
                     SELECT gen_random_uuid()::text, 'seq-' || (g / 10), g % 10, 'Plan', ?, ?, ?, ?
                     FROM generate_series(0, ? - 1) AS g""")) {
            insert.setString(1, Instant.now().toString());
            insert.setString(2, EventShapes.PAYLOAD_TYPE);
            insert.setBytes(3, EventShapes.payload(UUID.randomUUID().toString(), 1));
            insert.setBytes(4, EventShapes.metadata());
            insert.setInt(5, events);
            insert.executeUpdate();
        }
    }

    /** Reads the whole event table in keyset pages of 1,000, every column; answers {events, nanoseconds}. */
    private static long[] sequentialRead(PgSchema schema) throws Exception {
        try (Connection connection = schema.connect();
             PreparedStatement page = connection.prepareStatement(READ_EVENTS.replace(
                     "WHERE aggregateidentifier = ? AND sequencenumber >= ? ORDER BY sequencenumber",
                     "WHERE globalindex > ? ORDER BY globalindex LIMIT 1000"))) {
            long start = System.nanoTime();
            long last = -1;
            long read = 0;
            while (true) {
                page.setLong(1, last);
                int rowsInPage = 0;
                try (ResultSet rows = page.executeQuery()) {
                    while (rows.next()) {
                        last = rows.getLong("globalindex");
                        rows.getBytes("payload");
                        rows.getBytes("metadata");
                        rowsInPage++;
                    }
                }
                read += rowsInPage;
                if (rowsInPage < 1000) {
                    break;
                }
            }
            return new long[] {read, System.nanoTime() - start};
        }
    }
}
