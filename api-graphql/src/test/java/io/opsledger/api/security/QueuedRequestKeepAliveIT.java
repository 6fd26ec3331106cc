package io.opsledger.api.security;

import io.opsledger.support.OpsledgerServer;
import io.opsledger.support.PostgresTestDatabase;
import io.opsledger.support.RawHttpConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.env.Environment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import static io.opsledger.api.security.KeepAliveAfterRefusalIT.assertFollowedUp;
import static io.opsledger.api.security.KeepAliveAfterRefusalIT.body;
import static io.opsledger.api.security.KeepAliveAfterRefusalIT.headers;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request that reaches the server while the one before it on the same connection is still
 * finishing waits in Reactor Netty's queue; when it is then answered at once, on the event loop and
 * before its body is read (a refusal decided without a database: no token, the environment's ADMIN
 * token, a body over the limit), the connection must go on reading. Shown with the two requests
 * pipelined, which queues the second every time; clients that send their next request as soon as
 * they have read an answer (browsers, pooled clients) meet the same queue now and then
 * (AccessMatrixIT did, a few times in a thousand). Every wait is bounded by {@link #WAIT}.
 */
class QueuedRequestKeepAliveIT {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private static PostgresTestDatabase database;
    /** Slow rate (1 a second, bursts of 20) so that the local admin key can be drained quickly. */
    private static OpsledgerServer server;
    /** A body limit of 16 KB, for the 413s. */
    private static OpsledgerServer strict;
    private static String follower;
    private static String strictFollower;
    private static String localAdminKey;

    @BeforeAll
    static void start() throws Exception {
        database = PostgresTestDatabase.freshSchema();
        server = OpsledgerServer.onPostgres(database, "opsledger.backup.scan.enabled=false",
                "opsledger.limits.requests-per-second=1", "opsledger.limits.burst=20");
        strict = OpsledgerServer.onPostgres(database, "opsledger.backup.scan.enabled=false",
                "opsledger.limits.max-body-size=16KB");
        follower = server.createToken("queued-follower", "VIEWER");
        strictFollower = strict.createToken("queued-strict-follower", "VIEWER");
        localAdminKey = Files.readString(Path.of(server.bean(Environment.class)
                .getRequiredProperty("opsledger.security.local-admin-key-file"))).trim();
    }

    @AfterAll
    static void stop() {
        server.close();
        strict.close();
        database.drop();
    }

    /** A request refused on the event loop, before its body is read. */
    record QuickRefusal(String name, int status, String classification, String path, String token, int size) {

        OpsledgerServer target() {
            return status == 413 ? strict : server;
        }

        String followerToken() {
            return status == 413 ? strictFollower : follower;
        }

        byte[] bytes() {
            return RawHttpConnection.request("POST", path, headers(token), body(size));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<QuickRefusal> quickRefusals() {
        return Stream.of(
                new QuickRefusal("401 without a token", 401, "UNAUTHENTICATED", "/graphql", null, 60),
                new QuickRefusal("401 without a token, 64 KB body", 401, "UNAUTHENTICATED", "/graphql", null, 64 * 1024),
                new QuickRefusal("401 for an unknown token", 401, "UNAUTHENTICATED", "/graphql", "not-a-token", 60),
                new QuickRefusal("403 for the environment's ADMIN token on an unlisted path", 403, "FORBIDDEN",
                        "/no-such-endpoint", OpsledgerServer.ADMIN_TOKEN, 60),
                new QuickRefusal("413 without a token", 413, "REQUEST_TOO_LARGE", "/graphql", null, 64 * 1024),
                new QuickRefusal("429 for the local admin key", 429, "RATE_LIMITED", "/graphql", "(read at start)", 60));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quickRefusals")
    void aQuickRefusalQueuedBehindAnotherRequestLeavesTheConnectionReading(QuickRefusal refusal) throws Exception {
        for (int attempt = 1; ; attempt++) {
            QuickRefusal resolved = resolve(refusal);
            try (RawHttpConnection connection = new RawHttpConnection(resolved.target().port())) {
                // Both at once: the refused request arrives while the first is still being answered.
                connection.write(valid(resolved), resolved.bytes());
                assertFollowedUp(connection.read(WAIT));
                RawHttpConnection.Response refused = connection.read(WAIT);
                if (resolved.status() == 429 && refused.status() == 200 && attempt < 3) {
                    // The rate bucket refills continuously: a token came back between the drain and this request.
                    continue;
                }
                assertThat(refused.status()).isEqualTo(resolved.status());
                assertThat(refused.text()).contains(resolved.classification());
                assertThat(refused.closesConnection()).isFalse();

                connection.write(valid(resolved));
                assertFollowedUp(connection.read(WAIT));
                return;
            }
        }
    }

    /** A request that is answered from another thread: its API token is checked on the blocking pool. */
    private static byte[] valid(QuickRefusal refusal) {
        return RawHttpConnection.request("POST", "/graphql", headers(refusal.followerToken()), body(60));
    }

    /** The local admin key is known only once the server runs; its burst is spent here, over connections of its own. */
    private static QuickRefusal resolve(QuickRefusal refusal) throws Exception {
        if (refusal.status() != 429) {
            return refusal;
        }
        QuickRefusal resolved = new QuickRefusal(refusal.name(), 429, refusal.classification(), refusal.path(),
                localAdminKey, refusal.size());
        for (int sent = 0; sent < 100; sent++) {
            try (RawHttpConnection drain = new RawHttpConnection(server.port())) {
                drain.write(resolved.bytes());
                if (drain.read(WAIT).status() == 429) {
                    return resolved;
                }
            }
        }
        throw new AssertionError("100 requests in a row with the local admin key were not rate limited");
    }
}
