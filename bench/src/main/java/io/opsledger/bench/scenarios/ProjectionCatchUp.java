package io.opsledger.bench.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opsledger.bench.BenchContext;
import io.opsledger.bench.Benchmark;
import io.opsledger.bench.report.Results;
import io.opsledger.bench.report.Target;
import io.opsledger.bench.support.AppProcess;
import io.opsledger.bench.support.PgSchema;
import io.opsledger.bench.support.Rss;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Catch-up of the {@code plan-overview} projection from position 0 on PostgreSQL, reset the way it
 * is done today: with the server stopped, delete the processor's token and empty its tables (what
 * its {@code @ResetHandler} empties), then start the server. The event store is filled beforehand
 * with {@code catchup.events} real plan events, {@code catchup.events-per-plan} per plan, as
 * {@link PlanEventSeed} writes them. Every other processor's token is moved to the
 * head first, so only this projection works. The rate counts from the first advance of its token to
 * the head, so server start-up is not in it.
 */
public final class ProjectionCatchUp implements Benchmark {

    private static final String PROCESSOR = "plan-overview";
    private static final List<String> TABLES = List.of("plan_markdown_layout", "plan_conflict",
            "plan_task_prerequisite", "plan_task", "plan_phase", "plan_summary");
    private static final Pattern POSITION = Pattern.compile("\"(?:index|globalIndex)\"\\s*:\\s*(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return "catchup";
    }

    @Override
    public String description() {
        return "plan-overview projection catching up from position 0 on postgres";
    }

    @Override
    public void run(BenchContext context) throws Exception {
        int events = context.config().integer("catchup.events");
        int perPlan = context.config().integer("catchup.events-per-plan");
        Results results = context.results();
        PgSchema schema = context.freshSchema("catchup");
        long head = PlanEventSeed.seed(context, schema, events, perPlan);
        reset(schema, head);

        // The token is watched from before the server starts: a small store is caught up before
        // the server even answers its health check.
        Duration timeout = context.config().duration("catchup.timeout");
        Progress progress = new Progress(timeout);
        Thread watcher = Thread.ofPlatform().name("catch-up-watcher").start(() -> progress.follow(schema, head));
        double rss;
        try (AppProcess app = context.startPostgres(schema); Rss watch = Rss.watch(app)) {
            context.log("server started; waiting for " + PROCESSOR + " to reach position " + head);
            watcher.join(timeout.toMillis());
            rss = watch.peakMiB();
        } finally {
            progress.stop = true;
            watcher.join();
        }
        if (progress.failure != null) {
            throw progress.failure;
        }
        long position = progress.position;
        long firstPosition = progress.firstPosition;
        long applied = position - Math.max(firstPosition, 0);
        double seconds = (progress.lastNanos - progress.firstNanos) / 1e9;
        double perSecond = applied / seconds;
        context.log("%s: %,d events in %.1f s = %,.0f events/s".formatted(PROCESSOR, applied, seconds, perSecond));
        if (position < head) {
            results.note("catch-up did not finish within %s: %,d of %,d events applied; the rate is over those"
                    .formatted(timeout, position, head));
        }
        String scenario = "%s catch-up over %,d events".formatted(PROCESSOR, events);
        results.figure("catch-up", scenario, "postgres", "events/s", perSecond, "/s", RawSqlBaseline.BATCH_100,
                Target.ratioAtLeast(0.5));
        results.figure("catch-up", scenario, "postgres", "events/s vs reading", perSecond, "/s",
                RawSqlBaseline.SEQUENTIAL_READ, null);
        results.figure("catch-up", scenario, "postgres", "server RSS (peak)", rss, "MiB", null, Target.atMost(512, "MiB"));
    }

    /** Today's reset: the token deleted, the read model emptied; every other processor at the head. */
    static void reset(PgSchema schema, long head) throws Exception {
        try (Connection connection = schema.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            try (ResultSet tokens = statement.executeQuery("SELECT processorname, segment, token FROM tokenentry")) {
                while (tokens.next()) {
                    String token = tokens.getBytes("token") == null ? "" : new String(tokens.getBytes("token"), StandardCharsets.UTF_8);
                    if (!tokens.getString("processorname").equals(PROCESSOR) && !POSITION.matcher(token).find()) {
                        throw new IllegalStateException("cannot move token of " + tokens.getString("processorname")
                                + " to the head: " + token);
                    }
                }
            }
            try (PreparedStatement toHead = connection.prepareStatement("""
                    UPDATE tokenentry SET token = convert_to(
                        regexp_replace(convert_from(token, 'UTF8'), '"(index|globalIndex)"\\s*:\\s*\\d+', '"\\1":' || ?, 'g'),
                        'UTF8')
                    WHERE processorname <> ? AND token IS NOT NULL""")) {
                toHead.setLong(1, head);
                toHead.setString(2, PROCESSOR);
                toHead.executeUpdate();
            }
            statement.executeUpdate("DELETE FROM tokenentry WHERE processorname = '" + PROCESSOR + "'");
            for (String table : TABLES) {
                statement.executeUpdate("DELETE FROM " + table);
            }
            connection.commit();
        }
    }

    /** The processor's token as sampled every 20 ms, from the first position it reports to the head. */
    private static final class Progress {
        final Duration timeout;
        volatile boolean stop;
        volatile long position = -1;
        volatile long firstPosition = -1;
        volatile long firstNanos;
        volatile long lastNanos;
        volatile Exception failure;

        Progress(Duration timeout) {
            this.timeout = timeout;
        }

        void follow(PgSchema schema, long head) {
            long deadline = System.nanoTime() + timeout.toNanos();
            try (Connection connection = schema.connect()) {
                while (!stop && System.nanoTime() < deadline) {
                    long now = System.nanoTime();
                    long current = position(connection);
                    if (current >= 0 && firstPosition < 0) {
                        firstPosition = current;
                        firstNanos = now;
                    }
                    if (current >= 0) {
                        position = current;
                        lastNanos = now;
                    }
                    if (current >= head) {
                        return;
                    }
                    // Measuring a projection from outside: nothing signals its progress but its token row.
                    TimeUnit.MILLISECONDS.sleep(20);
                }
            } catch (Exception e) {
                failure = e;
            }
        }
    }

    /**
     * A token's position: a plain (gap-aware) token's index, or for a replay token (which Axon
     * creates when a processor starts behind the head) the index of its current token.
     */
    private static long indexOf(JsonNode token) {
        if (token.has("currentToken")) {
            return token.get("currentToken").isNull() ? -1 : indexOf(token.get("currentToken"));
        }
        return token.has("index") ? token.get("index").asLong() : token.path("globalIndex").asLong(-1);
    }

    /** The processor's token position, or -1 while it has none. */
    private static long position(Connection connection) throws Exception {
        try (PreparedStatement read = connection.prepareStatement(
                "SELECT token FROM tokenentry WHERE processorname = ?")) {
            read.setString(1, PROCESSOR);
            try (ResultSet rows = read.executeQuery()) {
                long position = -1;
                while (rows.next()) {
                    byte[] token = rows.getBytes(1);
                    if (token != null) {
                        position = Math.max(position, indexOf(JSON.readTree(token)));
                    }
                }
                return position;
            }
        }
    }
}
