package io.opsledger.api.security;

import io.opsledger.support.OpsledgerServer;
import io.opsledger.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over-deep, over-complex, oversized and too-fast requests are refused with clear errors, each
 * naming the limit and its property.
 */
class RequestLimitsIT {

    private static final String READ = "{ plans(first: 5) { edges { node { id title } } } serverVersion }";

    private static PostgresTestDatabase database;
    private static OpsledgerServer server;

    @BeforeAll
    static void start() {
        database = PostgresTestDatabase.freshSchema();
        server = OpsledgerServer.onPostgres(database, "opsledger.backup.scan.enabled=false",
                "opsledger.limits.requests-per-second=20", "opsledger.limits.burst=5",
                "opsledger.limits.max-body-size=32KB", "opsledger.limits.max-page-size=3",
                "opsledger.limits.max-event-page-size=4");
    }

    @AfterAll
    static void stop() {
        server.close();
        database.drop();
    }

    @Test
    void eachAbuseIsRefusedWithItsOwnClearError() {
        WebTestClient abuser = server.webClient(server.createToken("abuser-alone", "VIEWER"), "/graphql");

        assertThat(post(abuser, overDeep()).getResponseBody()).asString(StandardCharsets.UTF_8)
                .contains("maximum query depth exceeded");
        assertThat(post(abuser, overComplex()).getResponseBody()).asString(StandardCharsets.UTF_8)
                .contains("maximum query complexity exceeded");
        EntityExchangeResult<byte[]> oversized = post(abuser, oversized());
        assertThat(oversized.getStatus().value()).isEqualTo(413);
        assertThat(oversized.getResponseBody()).asString(StandardCharsets.UTF_8)
                .contains("REQUEST_TOO_LARGE").contains("opsledger.limits.max-body-size");
        // Too fast: 12 at once, over the burst of 5.
        EntityExchangeResult<byte[]> last = Flux.range(0, 12)
                .flatMap(n -> Mono.fromCallable(() -> post(abuser, READ)).subscribeOn(Schedulers.boundedElastic()))
                .filter(result -> result.getStatus().value() == 429)
                .blockFirst(Duration.ofSeconds(60));
        assertThat(last).isNotNull();
        assertThat(Long.parseLong(last.getResponseHeaders().getFirst("Retry-After"))).isBetween(1L, 60L);
        assertThat(last.getResponseBody()).asString(StandardCharsets.UTF_8)
                .contains("RATE_LIMITED").contains("opsledger.limits.requests-per-second");
    }

    @Test
    void aBodyStreamedWithoutALengthIsRefusedWith411AndTheSameBodyWithOneIsServed() throws Exception {
        String token = server.createToken("streamer", "VIEWER");
        // 40 KB: over the 32 KB limit, which a chunked body would have slipped past unmeasured.
        byte[] body = ("{\"query\":\"{ serverVersion } # " + "x".repeat(40 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        byte[] small = "{\"query\":\"{ serverVersion }\"}".getBytes(StandardCharsets.UTF_8);
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            // ofInputStream: the JDK client does not know the length and sends the body chunked.
            HttpResponse<String> streamed = client.sendAsync(request(token, BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))),
                    BodyHandlers.ofString()).get(10, TimeUnit.SECONDS);
            assertThat(streamed.statusCode()).isEqualTo(411);
            assertThat(streamed.body()).contains("LENGTH_REQUIRED").contains("Content-Length")
                    .contains("opsledger.limits.max-body-size");

            HttpResponse<String> measured = client.sendAsync(request(token, BodyPublishers.ofByteArray(body)),
                    BodyHandlers.ofString()).get(10, TimeUnit.SECONDS);
            assertThat(measured.statusCode()).isEqualTo(413);
            assertThat(measured.body()).contains("REQUEST_TOO_LARGE");

            HttpResponse<String> served = client.sendAsync(request(token, BodyPublishers.ofByteArray(small)),
                    BodyHandlers.ofString()).get(10, TimeUnit.SECONDS);
            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(served.body()).contains("serverVersion");
        }
    }

    private static HttpRequest request(String token, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + "/graphql"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(body).build();
    }

    @Test
    void aPageOverTheConfiguredSizeIsRefusedNamingFirstTheRuleAndTheProperty() {
        HttpGraphQlTester reader = server.http(server.createToken("pager", "VIEWER"));

        reader.document("{ plans(first: 3) { edges { node { id } } } }").execute().errors().verify();
        reader.document("{ plans(first: 4) { edges { node { id } } } }").execute().errors().satisfy(errors -> {
            assertThat(errors).singleElement().satisfies(error -> {
                assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                assertThat(error.getExtensions()).containsEntry("rule", "PAGE_SIZE_OUT_OF_RANGE")
                        .containsEntry("field", "first");
                assertThat(error.getMessage()).isEqualTo("first: must be between 1 and 3 (got 4); "
                        + "opsledger.limits.max-page-size sets the largest page plans serves");
            });
        });
        // Pages of stored events have their own limit.
        reader.document("{ entityHistory(id: \"%s\", first: 4) { edges { cursor } } }".formatted(UUID.randomUUID()))
                .execute().errors().verify();
        reader.document("{ entityHistory(id: \"%s\", first: 5) { edges { cursor } } }".formatted(UUID.randomUUID()))
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getExtensions()).containsEntry("rule", "PAGE_SIZE_OUT_OF_RANGE");
                    assertThat(error.getMessage()).contains("between 1 and 4 (got 5)")
                            .contains("opsledger.limits.max-event-page-size");
                }));
    }

    private static EntityExchangeResult<byte[]> post(WebTestClient client, String query) {
        return client.post().contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("query", query))
                .exchange().expectBody().returnResult();
    }

    /** 14 levels of selection: over the default depth limit of 12. */
    private static String overDeep() {
        return "{ __schema { types { fields { type " + "{ ofType ".repeat(10) + "{ name }" + " }".repeat(10) + " } } } }";
    }

    private static String overComplex() {
        return IntStream.rangeClosed(1, 1001).mapToObj(i -> "f" + i + ": serverVersion")
                .collect(Collectors.joining(" ", "{ ", " }"));
    }

    private static String oversized() {
        return "{ serverVersion } # " + "x".repeat(40 * 1024);
    }
}
