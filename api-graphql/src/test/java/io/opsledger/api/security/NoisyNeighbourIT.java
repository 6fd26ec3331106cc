package io.opsledger.api.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opsledger.support.OpsledgerServer;
import io.opsledger.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client over its limits does not hurt the others: while abusive clients send over-deep,
 * over-complex, oversized and too-fast requests (each several times faster than its rate limit),
 * a well-behaved client working at the same time sees no error, and its median latency stays
 * within 2× of what it was alone.
 */
class NoisyNeighbourIT {

    private static final int PAIRS_PER_PHASE = 80;
    /** The well-behaved client's pace: 8 pairs of requests a second, under its limit of 20 requests a second. */
    private static final long PAIR_INTERVAL_MILLIS = 125;
    /** Each abusive client's pace: five times the configured rate limit of 20 a second. */
    private static final int ABUSIVE_REQUESTS_PER_SECOND = 100;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static PostgresTestDatabase database;
    private static OpsledgerServer server;
    /** The well-behaved client's connections. */
    private static HttpClient steadyClient;
    /** The abusive clients' connections: other programs, other sockets. */
    private static HttpClient abusiveClient;

    @BeforeAll
    static void start() {
        database = PostgresTestDatabase.freshSchema();
        server = OpsledgerServer.onPostgres(database, "opsledger.backup.scan.enabled=false",
                "opsledger.limits.requests-per-second=20", "opsledger.limits.burst=20",
                "opsledger.limits.max-body-size=32KB");
        steadyClient = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        abusiveClient = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    @AfterAll
    static void stop() {
        steadyClient.close();
        abusiveClient.close();
        server.close();
        database.drop();
    }

    @Test
    void aWellBehavedClientSeesNoErrorAndNoSlowdownBeyondTwiceWhileOthersAreRefused() throws Exception {
        // The well-behaved client keeps under its own rate limit: an OPERATOR creating and reading plans.
        String steady = server.createToken("steady", "OPERATOR");
        List<String> abusers = IntStream.range(0, 4).mapToObj(n -> server.createToken("abuser-" + n, "VIEWER")).toList();

        work(steady, PAIRS_PER_PHASE / 2, "warm-up");
        long[] alone = work(steady, PAIRS_PER_PHASE, "alone");

        Map<String, AtomicLong> refusals = new ConcurrentHashMap<>();
        AtomicLong abusiveSent = new AtomicLong();
        List<String> abuses = List.of(overRate(), overDeep(), overComplex(), oversized());
        ScheduledExecutorService pacer = Executors.newScheduledThreadPool(2);
        try {
            for (int n = 0; n < abusers.size(); n++) {
                String token = abusers.get(n);
                String body = abuses.get(n);
                pacer.scheduleAtFixedRate(() -> {
                    abusiveSent.incrementAndGet();
                    post(abusiveClient, token, body).thenAccept(response -> refusals
                            .computeIfAbsent(kindOf(response), kind -> new AtomicLong()).incrementAndGet());
                }, 0, 1_000_000 / ABUSIVE_REQUESTS_PER_SECOND, TimeUnit.MICROSECONDS);
            }
            long[] withAbusers = work(steady, PAIRS_PER_PHASE, "beside the abusers");

            long medianAlone = median(alone);
            long medianWithAbusers = median(withAbusers);
            System.out.printf("well-behaved client: median %.2f ms alone, %.2f ms beside %d abusive requests (%s)%n",
                    medianAlone / 1e6, medianWithAbusers / 1e6, abusiveSent.get(), refusals);
            assertThat(refusals.keySet()).as("every abuse was refused with its own error")
                    .contains("RATE_LIMITED", "depth", "complexity", "REQUEST_TOO_LARGE");
            assertThat(medianWithAbusers).as("median latency beside the abusers, against %d ns alone", medianAlone)
                    .isLessThanOrEqualTo(2 * medianAlone);
        } finally {
            pacer.shutdownNow();
        }
    }

    /**
     * {@code count} createPlan + plan(id) pairs at the client's steady pace; each pair's latency in
     * ns. No error allowed.
     */
    private static long[] work(String token, int count, String phase) throws Exception {
        long[] latencies = new long[count];
        ScheduledExecutorService pace = Executors.newSingleThreadScheduledExecutor();
        CompletableFuture<Void> done = new CompletableFuture<>();
        AtomicInteger next = new AtomicInteger();
        try {
            // A fixed-rate task never overlaps itself: a slow pair delays the next one, as a real client's would.
            pace.scheduleAtFixedRate(() -> {
                int i = next.getAndIncrement();
                if (i >= count) {
                    done.complete(null);
                    return;
                }
                try {
                    latencies[i] = pair(token, phase, i);
                } catch (Throwable failure) {
                    done.completeExceptionally(failure);
                }
            }, 0, PAIR_INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
            done.get(count * PAIR_INTERVAL_MILLIS + 60_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException failure) {
            throw failure.getCause() instanceof Exception cause ? cause : failure;
        } finally {
            pace.shutdownNow();
        }
        return latencies;
    }

    /** One createPlan and a read of the plan it made; the pair's latency in ns. */
    private static long pair(String token, String phase, int i) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> created = post(steadyClient, token, json("mutation { createPlan(input: {title: \"Steady " + phase + " " + i
                + "\", version: \"v1\"}) { plan { id } errors { code message } } }")).get();
        assertThat(created.statusCode()).as("%s: createPlan %d answered %s", phase, i, created.body()).isEqualTo(200);
        assertThat(created.body()).as("%s: createPlan %d", phase, i).doesNotContain("\"errors\":[{").contains("\"id\"");
        String id = JSON.readTree(created.body()).path("data").path("createPlan").path("plan").path("id").asText();
        HttpResponse<String> read = post(steadyClient, token, json("{ plan(id: \"" + id + "\") { id title } }")).get();
        assertThat(read.statusCode()).as("%s: plan(id) %d answered %s", phase, i, read.body()).isEqualTo(200);
        assertThat(read.body()).as("%s: plan(id) %d", phase, i).doesNotContain("\"errors\"").contains(id);
        return System.nanoTime() - started;
    }

    private static CompletableFuture<HttpResponse<String>> post(HttpClient http, String token, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/graphql"))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String kindOf(HttpResponse<String> response) {
        String body = response.body();
        if (body.contains("RATE_LIMITED")) {
            return "RATE_LIMITED";
        }
        if (body.contains("REQUEST_TOO_LARGE")) {
            return "REQUEST_TOO_LARGE";
        }
        if (body.contains("maximum query depth exceeded")) {
            return "depth";
        }
        if (body.contains("maximum query complexity exceeded")) {
            return "complexity";
        }
        return "answered " + response.statusCode();
    }

    private static long median(long[] latencies) {
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String json(String query) {
        try {
            return JSON.writeValueAsString(Map.of("query", query));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Cheap reads, far faster than the token's rate allows. */
    private static String overRate() {
        return json("{ serverVersion }");
    }

    /** 14 levels of selection: over the default depth limit of 12. */
    private static String overDeep() {
        return json("{ __schema { types { fields { type " + "{ ofType ".repeat(10) + "{ name }" + " }".repeat(10) + " } } } }");
    }

    private static String overComplex() {
        return json(IntStream.rangeClosed(1, 1001).mapToObj(i -> "f" + i + ": serverVersion")
                .collect(Collectors.joining(" ", "{ ", " }")));
    }

    private static String oversized() {
        return json("{ serverVersion } # " + "x".repeat(40 * 1024));
    }
}
