package io.opsledger.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsledger.support.GraphQlWsConnection;
import io.opsledger.support.OpsledgerServer;
import io.opsledger.support.PlanClient;
import io.opsledger.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.socket.CloseStatus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The graphql-ws limits over real sockets, on a server that allows 2 connections per token and 2
 * subscriptions per connection: what is over the limit is refused with a reason naming the limit
 * and its property, what is under it keeps working, and a slot that is given back can be used.
 */
class SocketLimitsIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private static PostgresTestDatabase database;
    private static OpsledgerServer server;

    @BeforeAll
    static void start() {
        database = PostgresTestDatabase.freshSchema();
        server = OpsledgerServer.onPostgres(database, "opsledger.backup.scan.enabled=false",
                "opsledger.limits.connections-per-token=2", "opsledger.limits.subscriptions-per-connection=2");
    }

    @AfterAll
    static void stop() {
        server.close();
        database.drop();
    }

    @Test
    void aThirdConnectionOfOneTokenIsRefusedAnotherTokenStillConnectsAndClosingOneFreesASlot() throws Exception {
        // A name of the longest allowed length: the close reason must still fit in a close frame.
        String token = server.createToken(("limited-" + suffix() + "-").repeat(7).substring(0, 100), "VIEWER");
        String otherToken = server.createToken("unlimited-" + suffix(), "VIEWER");
        try (GraphQlWsConnection first = connected(token); GraphQlWsConnection second = connected(token)) {
            try (GraphQlWsConnection third = server.rawWebSocket().init(token)) {
                CloseStatus refused = third.closeStatus(WAIT);
                assertThat(refused.getCode()).isEqualTo(4403);
                assertThat(refused.getReason()).contains("2 connections open")
                        .contains("opsledger.limits.connections-per-token");
            }
            try (GraphQlWsConnection other = connected(otherToken)) {
                assertThat(other.isClosed()).isFalse();
            }

            first.closeAndAwait(WAIT);

            try (GraphQlWsConnection again = connected(token)) {
                assertThat(again.isClosed()).isFalse();
                assertThat(second.isClosed()).isFalse();
            }
        }
    }

    @Test
    void aTokenWhoseLastConnectionClosedIsForgotten() throws Exception {
        String name = "forgotten-" + suffix();
        String token = server.createToken(name, "VIEWER");
        String tokenId = server.jdbc().sql("SELECT token_id FROM api_token WHERE name = :name").param("name", name)
                .query(UUID.class).single().toString();
        OpenConnections connections = server.bean(OpenConnections.class);

        GraphQlWsConnection socket = connected(token);
        assertThat(connections.tracks(tokenId)).isTrue();
        socket.closeAndAwait(WAIT);
        socket.close();

        assertThat(connections.tracks(tokenId)).isFalse();
    }

    @Test
    void aThirdSubscriptionOnOneConnectionIsRefusedWhileTheFirstTwoKeepReceiving() throws Exception {
        String planId = new PlanClient(server.http(server.createToken("planner-" + suffix(), "OPERATOR")))
                .createPlan("Watched twice", "v1");
        String watch = "subscription { planUpdated(id: \"%s\", includeCurrent: true) { title } }".formatted(planId);
        try (GraphQlWsConnection socket = connected(server.createToken("watcher-" + suffix(), "VIEWER"))) {
            socket.subscribe("1", watch).subscribe("2", watch);
            // The current plan comes first on each: both subscriptions are open.
            assertThat(titlesById(socket, 2)).isEqualTo(Map.of("1", "Watched twice", "2", "Watched twice"));

            socket.subscribe("3", watch);
            JsonNode refused = socket.next(WAIT);

            assertThat(refused.path("type").asText()).isEqualTo("error");
            assertThat(refused.path("id").asText()).isEqualTo("3");
            JsonNode error = refused.path("payload").path(0);
            assertThat(error.path("extensions").path("classification").asText()).isEqualTo("TOO_MANY_SUBSCRIPTIONS");
            assertThat(error.path("message").asText()).contains("2 subscriptions open")
                    .contains("opsledger.limits.subscriptions-per-connection");

            new PlanClient(server.http()).mutate("renamePlan", Map.of("id", planId, "title", "Still watched"))
                    .path("renamePlan.errors").entityList(Object.class).hasSize(0);
            assertThat(titlesById(socket, 2)).isEqualTo(Map.of("1", "Still watched", "2", "Still watched"));

            // Completing one gives its room back.
            socket.send(Map.of("type", "complete", "id", "1")).subscribe("4", watch);
            assertThat(titlesById(socket, 1)).isEqualTo(Map.of("4", "Still watched"));
            assertThat(socket.isClosed()).isFalse();
        }
    }

    /** A connection whose {@code connection_init} was acknowledged. */
    private static GraphQlWsConnection connected(String token) throws InterruptedException {
        GraphQlWsConnection socket = server.rawWebSocket().init(token);
        JsonNode ack = socket.next(WAIT);
        assertThat(ack).as("an answer to connection_init").isNotNull();
        assertThat(ack.path("type").asText()).isEqualTo("connection_ack");
        return socket;
    }

    /** The next {@code count} messages, each a {@code next} carrying a plan title, by subscription id. */
    private static Map<String, String> titlesById(GraphQlWsConnection socket, int count) throws InterruptedException {
        Map<String, String> titles = new HashMap<>();
        List<JsonNode> seen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            JsonNode message = socket.next(WAIT);
            assertThat(message).as("message %d of %d after %s", i + 1, count, seen).isNotNull();
            seen.add(message);
            assertThat(message.path("type").asText()).as(message.toString()).isEqualTo("next");
            titles.put(message.path("id").asText(),
                    message.path("payload").path("data").path("planUpdated").path("title").asText());
        }
        return titles;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
