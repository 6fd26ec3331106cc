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
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code plan(id)} over GraphQL/HTTP at fixed rates (open loop) on PostgreSQL, each query for a
 * random one of {@code reads.plans} plans; latency beside a raw read of one read-model row by key.
 */
public final class PlanReadRate implements Benchmark {

    @Override
    public String name() {
        return "reads";
    }

    @Override
    public String description() {
        return "plan(id) at fixed rates over GraphQL/HTTP on postgres";
    }

    @Override
    public void run(BenchContext context) throws Exception {
        Results results = context.results();
        int planCount = context.config().integer("reads.plans");
        Duration duration = context.config().duration("reads.duration");
        try (AppProcess app = context.startPostgres(context.freshSchema("reads"))) {
            String idleKey = "rss.idle.reads." + app.pid();
            results.baseline(idleKey, "server idle after start", "postgres", "RSS", app.rssMiB(), "MiB");
            List<UUID> plans = Collections.synchronizedList(new ArrayList<>());
            context.log("creating %,d plans".formatted(planCount));
            PlanOperations.topUp(app.graphQl(), plans, planCount);
            List<UUID> ids = List.copyOf(plans);
            GraphQlHttp http = new GraphQlHttp(app.graphQl());
            context.log("warming up (plan(id) at 200/s for " + context.config().duration("warmup").toSeconds() + " s)");
            read(http, ids, 200, context.config().duration("warmup"));

            for (int rate : context.config().integers("reads.rates")) {
                LoadResult result;
                double rss;
                try (Rss watch = Rss.watch(app)) {
                    result = read(http, ids, rate, duration);
                    rss = watch.peakMiB();
                }
                context.log("plan(id) at %d/s: %s".formatted(rate, result.summary()));
                String scenario = "plan(id) at %,d/s on %,d plans".formatted(rate, ids.size());
                results.figure("reads", scenario, "postgres", "achieved", result.perSecond(), "/s", null, null);
                results.figure("reads", scenario, "postgres", "p50", result.p50(), "ms", RawSqlBaseline.POINT_READ_P50, null);
                results.figure("reads", scenario, "postgres", "p99", result.p99(), "ms", RawSqlBaseline.POINT_READ_P99,
                        rate == 200 ? Target.atMost(10, "ms") : null);
                results.figure("reads", scenario, "postgres", "errors", result.errors(), "", null, Target.atMost(0, ""));
                results.figure("reads", scenario, "postgres", "server RSS (peak)", rss, "MiB", idleKey,
                        Target.atMost(512, "MiB"));
                if (!result.firstErrors().isEmpty()) {
                    results.note(scenario + ": first error: " + result.firstErrors().getFirst());
                }
            }
        }
    }

    private static LoadResult read(GraphQlHttp http, List<UUID> ids, int rate, Duration duration)
            throws InterruptedException {
        return Load.openLoop(rate, duration, 1024, i -> {
            UUID id = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
            return http.executeAsync(PlanOperations.PLAN, Map.of("id", id.toString())).thenCompose(data ->
                    data.path("plan").path("id").asText().equals(id.toString())
                            ? CompletableFuture.completedFuture(data)
                            : CompletableFuture.failedFuture(new IllegalStateException("plan " + id + " answered " + data)));
        });
    }
}
