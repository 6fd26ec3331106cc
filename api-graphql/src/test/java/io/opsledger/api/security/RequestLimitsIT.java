package io.opsledger.api.security;

import io.opsledger.support.OpsledgerServer;
import io.opsledger.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
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
                "opsledger.limits.max-body-size=32KB");
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
