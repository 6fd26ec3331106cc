package io.opsledger.bench.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsledger.bench.BenchContext;
import io.opsledger.bench.Benchmark;
import io.opsledger.bench.report.Results;
import io.opsledger.bench.support.AppProcess;
import io.opsledger.bench.support.GraphQlHttp;
import io.opsledger.bench.support.GraphQlWsSubscriber;
import io.opsledger.bench.support.PgSchema;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code rebuildProjection} of {@code plan-overview} on PostgreSQL over {@code rebuild.events}
 * plan events (seeded by {@link PlanEventSeed}, as for the catch-up benchmark): the rebuild
 * processor runs into a shadow schema while the live tables serve, then switches. The rate is the event store's head
 * over the wall time from the mutation to the status DONE, shadow schema creation and the switch
 * included, as the server's own {@code projectionStatus} subscription reports the end.
 */
public final class ProjectionRebuildRate implements Benchmark {

    private static final String GROUP = "plan-overview";

    @Override
    public String name() {
        return "rebuild";
    }

    @Override
    public String description() {
        return "plan-overview rebuilt aside and switched in, on postgres";
    }

    @Override
    public void run(BenchContext context) throws Exception {
        int events = context.config().integer("rebuild.events");
        Duration timeout = context.config().duration("rebuild.timeout");
        Results results = context.results();
        PgSchema schema = context.freshSchema("rebuild");
        long head = PlanEventSeed.seed(context, schema, events, 10);
        ProjectionCatchUp.reset(schema, head);
        try (AppProcess app = context.startPostgres(schema)) {
            GraphQlHttp http = new GraphQlHttp(app.graphQl());
            long deadline = System.nanoTime() + timeout.toNanos();
            app.awaitQuiet(timeout);
            context.log("live projection caught up; rebuilding");
            long started = System.nanoTime();
            JsonNode payload = http.execute("mutation R($input: ProjectionInput!) { rebuildProjection(input: $input) {"
                    + " errors { message } } }", Map.of("input", Map.of("name", GROUP))).path("rebuildProjection");
            if (!payload.path("errors").isEmpty()) {
                throw new IllegalStateException("rebuild refused: " + payload.path("errors"));
            }
            // The server says when the rebuild ends: its projectionStatus subscription sends the
            // current status first (DONE at once if it already finished), then each change.
            CompletableFuture<JsonNode> finished = new CompletableFuture<>();
            try (GraphQlWsSubscriber subscriber = GraphQlWsSubscriber.subscribe(app.graphQlWebSocket(),
                    "subscription { projectionStatus(name: \"%s\") { state position head message } }".formatted(GROUP),
                    message -> {
                        JsonNode status = message.data().path("projectionStatus");
                        String state = status.path("state").asText();
                        if (!"RUNNING".equals(state) && !"SWITCHING".equals(state)) {
                            finished.complete(status);
                        }
                    })) {
                subscriber.acknowledged().whenComplete((ok, failure) -> {
                    if (failure != null) {
                        finished.completeExceptionally(failure);
                    }
                });
                JsonNode status = finished.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (!"DONE".equals(status.path("state").asText())) {
                    throw new IllegalStateException("rebuild ended " + status);
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            double perSecond = head / seconds;
            context.log("%s rebuild: %,d events in %.1f s = %,.0f events/s".formatted(GROUP, head, seconds, perSecond));
            results.figure("rebuild", "%s rebuilt aside and switched in over %,d events".formatted(GROUP, events), "postgres",
                    "events/s", perSecond, "/s", RawSqlBaseline.BATCH_100, null);
        }
    }
}
