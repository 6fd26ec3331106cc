package io.opsledger.bench.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsledger.bench.BenchContext;
import io.opsledger.bench.Benchmark;
import io.opsledger.bench.report.Results;
import io.opsledger.bench.report.Target;
import io.opsledger.bench.support.AppProcess;
import io.opsledger.bench.support.GraphQlHttp;
import io.opsledger.bench.support.GraphQlWsSubscriber;
import io.opsledger.bench.support.Load;
import io.opsledger.bench.support.LoadResult;
import io.opsledger.bench.support.Rss;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Subscription delivery on PostgreSQL: {@code subscriptions.subscribers} graphql-ws clients, each on
 * its own WebSocket with {@code subscription { alerts }}, while alerts are raised over HTTP at
 * {@code subscriptions.rate} per second. For every (alert, subscriber) pair: the delay from the
 * moment the mutation was sent to the moment that subscriber's message arrived; alerts a subscriber
 * never got (lost) and got twice (duplicates). The same-run baseline is the mutation's own round trip.
 */
public final class SubscriptionDelivery implements Benchmark {

    private static final String SUBSCRIPTION = "subscription { alerts(minSeverity: INFO) { key status occurrences } }";
    private static final String RAISE = """
            mutation Raise($input: RaiseAlertInput!) { raiseAlert(input: $input) { alert { id } errors { code message } } }""";
    private static final Duration SETTLE = Duration.ofSeconds(30);

    @Override
    public String name() {
        return "subscriptions";
    }

    @Override
    public String description() {
        return "graphql-ws alert subscribers on postgres: delay mutation -> each subscriber's message, lost messages";
    }

    @Override
    public void run(BenchContext context) throws Exception {
        int subscriberCount = context.config().integer("subscriptions.subscribers");
        int rate = context.config().integer("subscriptions.rate");
        Duration duration = context.config().duration("subscriptions.duration");
        Results results = context.results();
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Histogram delays = new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(120), 3);
        AtomicLong duplicates = new AtomicLong();
        int expectedAlerts = (int) (rate * duration.toMillis() / 1000);
        CountDownLatch probeSeen = new CountDownLatch(subscriberCount);
        CountDownLatch allDelivered = new CountDownLatch(subscriberCount * expectedAlerts);
        List<Set<String>> received = new ArrayList<>();
        List<GraphQlWsSubscriber> subscribers = new ArrayList<>();

        try (AppProcess app = context.startPostgres(context.freshSchema("subscriptions"))) {
            String idleKey = "rss.idle.subscriptions." + app.pid();
            results.baseline(idleKey, "server idle after start", "postgres", "RSS", app.rssMiB(), "MiB");
            GraphQlHttp http = new GraphQlHttp(app.graphQl());
            try {
                context.log("connecting %,d graphql-ws subscribers".formatted(subscriberCount));
                for (int s = 0; s < subscriberCount; s++) {
                    Set<String> mine = ConcurrentHashMap.newKeySet();
                    received.add(mine);
                    subscribers.add(GraphQlWsSubscriber.subscribe(app.graphQlWebSocket(), SUBSCRIPTION, message -> {
                        JsonNode alert = message.data().path("alerts");
                        String key = alert.path("key").asText();
                        if (key.equals("probe-" + run)) {
                            if (mine.add(key)) {
                                probeSeen.countDown();
                            }
                            return;
                        }
                        Long sent = sentAt.get(key);
                        if (sent == null) {
                            return;
                        }
                        if (mine.add(key)) {
                            delays.recordValue(Math.max(0, (message.receivedNanos() - sent) / 1000));
                            allDelivered.countDown();
                        } else {
                            duplicates.incrementAndGet();
                        }
                    }));
                    if (s % 100 == 99) {
                        CompletableFuture.allOf(subscribers.stream().map(GraphQlWsSubscriber::acknowledged)
                                .toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
                    }
                }
                CompletableFuture.allOf(subscribers.stream().map(GraphQlWsSubscriber::acknowledged)
                        .toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
                // graphql-ws does not confirm a subscription: an alert every subscriber receives does.
                raise(http, "probe-" + run);
                if (!probeSeen.await(SETTLE.toSeconds(), TimeUnit.SECONDS)) {
                    results.note("only %d of %d subscribers received the probe alert within %d s".formatted(
                            subscriberCount - probeSeen.getCount(), subscriberCount, SETTLE.toSeconds()));
                }
                // As in the other scenarios, a warm JIT: the fan-out path runs for the warm-up first, unmeasured.
                Duration warmup = context.config().duration("warmup");
                context.log("warming up %d s (alerts at %d/s to every subscriber)".formatted(warmup.toSeconds(), rate));
                LoadResult warming = Load.openLoop(rate, warmup, 64,
                        i -> raiseAsync(http, "warm-" + run + "-" + i, "INFO", "Warm-up alert " + i));
                context.log("warm-up: " + warming.summary());
                context.log("raising %,d alerts at %d/s".formatted(expectedAlerts, rate));
                LoadResult mutations;
                double rss;
                try (Rss watch = Rss.watch(app)) {
                    mutations = Load.openLoop(rate, duration, 64, i -> {
                        String key = "bench-" + run + "-" + i;
                        sentAt.put(key, System.nanoTime());
                        return raiseAsync(http, key, "WARNING", "Bench alert " + i);
                    });
                    allDelivered.await(SETTLE.toSeconds(), TimeUnit.SECONDS);
                    rss = watch.peakMiB();
                }
                context.log("raiseAlert: " + mutations.summary());
                long expected = (long) sentAt.size() * subscriberCount;
                long delivered = delays.getTotalCount();
                String scenario = "%,d subscribers, %d alerts/s".formatted(subscriberCount, rate);
                results.baseline("subscriptions.mutation.p50." + app.pid(), "raiseAlert round trip during the run",
                        "postgres", "p50", mutations.p50(), "ms");
                results.baseline("subscriptions.mutation.p99." + app.pid(), "raiseAlert round trip during the run",
                        "postgres", "p99", mutations.p99(), "ms");
                results.figure("subscriptions", scenario, "postgres", "delay p50", delays.getValueAtPercentile(50) / 1000.0,
                        "ms", "subscriptions.mutation.p50." + app.pid(), Target.atMost(20, "ms"));
                results.figure("subscriptions", scenario, "postgres", "delay p99", delays.getValueAtPercentile(99) / 1000.0,
                        "ms", "subscriptions.mutation.p99." + app.pid(), Target.atMost(100, "ms"));
                results.figure("subscriptions", scenario, "postgres", "messages expected", expected, "", null, null);
                results.figure("subscriptions", scenario, "postgres", "messages lost", expected - delivered, "", null,
                        Target.atMost(0, ""));
                results.figure("subscriptions", scenario, "postgres", "duplicates", duplicates.get(), "", null,
                        Target.atMost(0, ""));
                results.figure("subscriptions", scenario, "postgres", "raiseAlert errors", mutations.errors(), "", null,
                        Target.atMost(0, ""));
                results.figure("subscriptions", scenario, "postgres", "server RSS (peak)", rss, "MiB", idleKey,
                        Target.atMost(512, "MiB"));
            } finally {
                subscribers.forEach(GraphQlWsSubscriber::close);
            }
        }
    }

    private static CompletableFuture<JsonNode> raiseAsync(GraphQlHttp http, String key, String severity, String title) {
        return http.executeAsync(RAISE, Map.of("input", Map.of("key", key, "severity", severity, "title", title)))
                .thenApply(data -> {
                    try {
                        return GraphQlHttp.payload("raiseAlert", data);
                    } catch (GraphQlHttp.GraphQlError e) {
                        throw new java.util.concurrent.CompletionException(e);
                    }
                });
    }

    private static void raise(GraphQlHttp http, String key) throws Exception {
        http.mutate("raiseAlert", RAISE, Map.of("input", Map.of("key", key, "severity", "INFO", "title", "Probe")));
    }
}
