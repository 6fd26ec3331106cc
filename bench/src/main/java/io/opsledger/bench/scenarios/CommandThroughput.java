package io.opsledger.bench.scenarios;

import io.opsledger.bench.BenchContext;
import io.opsledger.bench.Benchmark;
import io.opsledger.bench.report.Results;
import io.opsledger.bench.report.Target;
import io.opsledger.bench.support.AppProcess;
import io.opsledger.bench.support.GraphQlHttp;
import io.opsledger.bench.support.Load;
import io.opsledger.bench.support.LoadResult;
import io.opsledger.bench.support.Rss;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Commands end to end through GraphQL over HTTP, on PostgreSQL and on the embedded default: {@code
 * createPlan} and {@code renamePlan} (on plans that exist, each connection renaming its own) at 1,
 * 8, 32 and 64 connections in a closed loop, then {@code createPlan} at a steady 500 per second.
 * Throughput is compared with the command-shaped SQL ceiling, latency with the command-shaped
 * transaction at the same concurrency (at most 16), memory with the same server at idle. Each
 * scenario starts on a quiet server, its processors caught up with what the one before wrote.
 */
public final class CommandThroughput implements Benchmark {

    private static final double STEADY_RATE = 500;
    /** Each scenario starts once the server has worked off the one before (AppProcess#awaitQuiet). */
    private static final Duration QUIET_TIMEOUT = Duration.ofMinutes(5);

    @Override
    public String name() {
        return "commands";
    }

    @Override
    public String description() {
        return "createPlan and renamePlan over GraphQL/HTTP at 1-64 connections and at 500/s, on postgres and embedded";
    }

    @Override
    public void run(BenchContext context) throws Exception {
        try (AppProcess app = context.startPostgres(context.freshSchema("commands"))) {
            measure(context, app, "postgres");
        }
        try (AppProcess app = context.startEmbedded()) {
            measure(context, app, "embedded");
        }
    }

    private void measure(BenchContext context, AppProcess app, String profile) throws Exception {
        Results results = context.results();
        Duration duration = context.config().duration("commands.duration");
        String idleKey = "rss.idle." + profile + "." + app.pid();
        results.baseline(idleKey, "server idle after start", profile, "RSS", app.rssMiB(), "MiB");

        List<UUID> plans = Collections.synchronizedList(new ArrayList<>());
        context.log("warming up " + context.config().duration("warmup").toSeconds() + " s (createPlan, 8 connections)");
        LoadResult warmup = PlanOperations.createPlans(app.graphQl(), 8, context.config().duration("warmup"), Long.MAX_VALUE, plans);
        context.log("warm-up: " + warmup.summary());

        double best = 0;
        String bestScenario = "";
        for (String command : List.of("createPlan", "renamePlan")) {
            for (int connections : context.config().integers("commands.clients")) {
                Duration quiet = app.awaitQuiet(QUIET_TIMEOUT);
                if (quiet.toMillis() > 1000) {
                    context.log("waited %.1f s for the server's processors to catch up".formatted(quiet.toMillis() / 1000.0));
                }
                LoadResult result;
                double rss;
                try (Rss watch = Rss.watch(app)) {
                    result = command.equals("createPlan")
                            ? PlanOperations.createPlans(app.graphQl(), connections, duration, Long.MAX_VALUE, plans)
                            : renames(app, connections, duration, List.copyOf(plans));
                    rss = watch.peakMiB();
                }
                context.log("%s, %d connections, %s: %s".formatted(command, connections, profile, result.summary()));
                String scenario = "%s, %d connection%s".formatted(command, connections, connections == 1 ? "" : "s");
                int raw = Math.min(connections, 16);
                boolean oneClientPostgres = connections == 1 && profile.equals("postgres") && command.equals("createPlan");
                results.figure("commands", scenario, profile, "commands/s", result.perSecond(), "/s",
                        RawSqlBaseline.BEST_COMMAND, null);
                results.figure("commands", scenario, profile, "p50", result.p50(), "ms",
                        RawSqlBaseline.command(raw, "p50"), oneClientPostgres ? Target.atMost(5, "ms") : null);
                results.figure("commands", scenario, profile, "p99", result.p99(), "ms",
                        RawSqlBaseline.command(raw, "p99"), oneClientPostgres ? Target.atMost(15, "ms") : null);
                results.figure("commands", scenario, profile, "p99.9", result.p999(), "ms",
                        RawSqlBaseline.command(raw, "p999"), null);
                results.figure("commands", scenario, profile, "errors", result.errors(), "",
                        null, Target.atMost(0, ""));
                results.figure("commands", scenario, profile, "server RSS (peak)", rss, "MiB", idleKey,
                        Target.atMost(512, "MiB"));
                if (!result.firstErrors().isEmpty()) {
                    results.note("%s on %s: %d errors, first: %s".formatted(scenario, profile,
                            result.errors(), result.firstErrors().getFirst()));
                }
                if (result.perSecond() > best) {
                    best = result.perSecond();
                    bestScenario = scenario;
                }
            }
        }
        results.figure("commands", "best of the above (" + bestScenario + ")", profile, "commands/s", best, "/s",
                RawSqlBaseline.BEST_COMMAND, Target.ratioAtLeast(profile.equals("postgres") ? 0.5 : 0.25));

        app.awaitQuiet(QUIET_TIMEOUT);
        LoadResult steady;
        double rss;
        try (Rss watch = Rss.watch(app)) {
            GraphQlHttp http = new GraphQlHttp(app.graphQl());
            steady = Load.openLoop(STEADY_RATE, duration, 512, i -> http.executeAsync(PlanOperations.CREATE_PLAN,
                    Map.of("input", Map.of("id", UUID.randomUUID().toString(), "title", "Steady " + i, "version", "v1")))
                    .thenCompose(data -> {
                        try {
                            GraphQlHttp.payload("createPlan", data);
                            return CompletableFuture.completedFuture(data);
                        } catch (GraphQlHttp.GraphQlError e) {
                            return CompletableFuture.failedFuture(e);
                        }
                    }));
            rss = watch.peakMiB();
        }
        context.log("createPlan at a steady %.0f/s, %s: %s".formatted(STEADY_RATE, profile, steady.summary()));
        String scenario = "createPlan at a steady %.0f/s".formatted(STEADY_RATE);
        results.figure("commands", scenario, profile, "achieved", steady.perSecond(), "/s", RawSqlBaseline.BEST_COMMAND, null);
        results.figure("commands", scenario, profile, "p50", steady.p50(), "ms", RawSqlBaseline.command(1, "p50"), null);
        results.figure("commands", scenario, profile, "p99", steady.p99(), "ms", RawSqlBaseline.command(1, "p99"),
                profile.equals("postgres") ? Target.atMost(10, "ms") : null);
        results.figure("commands", scenario, profile, "errors", steady.errors(), "", null, Target.atMost(0, ""));
        results.figure("commands", scenario, profile, "server RSS (peak)", rss, "MiB", idleKey, Target.atMost(512, "MiB"));
        if (!steady.firstErrors().isEmpty()) {
            results.note("%s on %s: first error: %s".formatted(scenario, profile, steady.firstErrors().getFirst()));
        }
        results.figure("commands", "server idle after the load", profile, "RSS", app.rssMiB(), "MiB", idleKey, null);
    }

    /** Each connection renames its own share of the existing plans, round robin. */
    private static LoadResult renames(AppProcess app, int connections, Duration duration, List<UUID> plans)
            throws InterruptedException {
        if (plans.size() < connections) {
            throw new IllegalStateException("need at least one plan per connection, have " + plans.size());
        }
        return Load.closedLoop(connections, duration, Long.MAX_VALUE, client -> {
            GraphQlHttp http = new GraphQlHttp(app.graphQl());
            int share = plans.size() / connections;
            return iteration -> {
                UUID plan = plans.get(client + connections * (int) (iteration % share));
                PlanOperations.renamePlan(http, plan, "Renamed " + client + "." + iteration);
            };
        });
    }
}
