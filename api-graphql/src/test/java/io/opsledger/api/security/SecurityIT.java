package io.opsledger.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsledger.support.BackupClient;
import io.opsledger.support.GraphQlWsConnection;
import io.opsledger.support.OpsledgerServer;
import io.opsledger.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.socket.CloseStatus;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Tokens on every entry point: HTTP, graphql-ws and the command line; how they are stored and logged. */
@ExtendWith(OutputCaptureExtension.class)
class SecurityIT {

    private static final String CREATE_PLAN = "mutation { createPlan(input: {title: \"Guarded\", version: \"v1\"}) { plan { id } } }";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private static PostgresTestDatabase database;
    private static OpsledgerServer server;

    @BeforeAll
    static void start() {
        database = PostgresTestDatabase.freshSchema();
        server = OpsledgerServer.onPostgres(database);
    }

    @AfterAll
    static void stop() {
        server.close();
        database.drop();
    }

    @Test
    void aRequestWithoutATokenIsUnauthenticatedAndAppendsNoEvent() {
        long before = events();

        server.webClient(null, "/graphql").post().contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", CREATE_PLAN)).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                .expectBody()
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("UNAUTHENTICATED")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message).contains("Bearer"));

        assertThat(events()).isEqualTo(before);
    }

    @Test
    void anUnknownTokenIsUnauthenticated() {
        server.webClient("opl_" + "A".repeat(43), "/graphql").post().contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ serverVersion }")).exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.errors[0].extensions.classification").isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void aViewerReadsButIsForbiddenToChangeAndNoEventIsAppended() {
        String viewer = server.createToken("viewer-" + suffix(), "VIEWER");
        long before = events();

        server.http(viewer).document("{ plans(first: 5) { edges { node { id } } } }").execute()
                .path("plans.edges").entityList(Object.class).satisfies(edges -> assertThat(edges).isNotNull());
        server.http(viewer).document(CREATE_PLAN).execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.getFirst().getErrorType().toString()).isEqualTo("FORBIDDEN");
                    assertThat(errors.getFirst().getMessage()).contains("createPlan needs the role OPERATOR");
                });

        assertThat(events()).isEqualTo(before);
    }

    @Test
    void meNamesTheCallerAndItsRoleAndTheEventsCarryThatName() {
        String name = "operator-" + suffix();
        String operator = server.createToken(name, "OPERATOR");

        server.http(operator).document("{ me { name role expiresAt } }").execute()
                .path("me.name").entity(String.class).isEqualTo(name)
                .path("me.role").entity(String.class).isEqualTo("OPERATOR");
        String planId = server.http(operator).document(CREATE_PLAN).execute()
                .path("createPlan.plan.id").entity(String.class).get();

        List<String> principals = server.jdbc().sql("""
                        SELECT convert_from(metadata, 'UTF8') FROM domainevententry WHERE aggregateidentifier = :id""")
                .param("id", planId).query(String.class).list();
        assertThat(principals).isNotEmpty().allSatisfy(metadata -> assertThat(metadata).contains("\"principal\":\"" + name + "\""));
    }

    @Test
    void tokensAreStoredOnlyAsHashesAndNeverLogged(CapturedOutput output) {
        String name = "hashed-" + suffix();
        String secret = server.createToken(name, "VIEWER");
        server.http(secret).document("{ me { name } }").execute().path("me.name").entity(String.class).isEqualTo(name);
        server.cli("tokens", "revoke", name);
        server.webClient(secret, "/graphql").post().contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ me { name } }")).exchange().expectStatus().isUnauthorized();

        List<Map<String, Object>> rows = server.jdbc().sql("SELECT * FROM api_token WHERE name = :name")
                .param("name", name).query().listOfRows();
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().values()).allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(secret));
        assertThat(rows.getFirst().get("token_hash")).isEqualTo(ApiTokens.hash(secret));
        assertThat(secret).startsWith("opl_").hasSizeGreaterThanOrEqualTo(4 + 43);

        assertThat(output.getAll()).contains("API token '" + name + "'")
                .doesNotContain(secret).doesNotContain(secret.substring(4, 20))
                .doesNotContain(OpsledgerServer.ADMIN_TOKEN);
    }

    @Test
    void aSubscriptionWithoutAValidTokenIsRefusedAtConnectionInit() throws Exception {
        try (GraphQlWsConnection none = server.rawWebSocket().init(null);
             GraphQlWsConnection wrong = server.rawWebSocket().init("opl_" + "B".repeat(43))) {
            assertThat(none.closeStatus(WAIT).getCode()).isEqualTo(4401);
            assertThat(wrong.closeStatus(WAIT).getCode()).isEqualTo(4401);
        }
    }

    @Test
    void revokingATokenClosesItsOpenSubscriptions() throws Exception {
        String name = "watcher-" + suffix();
        String viewer = server.createToken(name, "VIEWER");
        try (GraphQlWsConnection socket = server.rawWebSocket().init(viewer)) {
            JsonNode ack = socket.next(WAIT);
            assertThat(ack.path("type").asText()).isEqualTo("connection_ack");
            assertThat(ack.path("payload").path("name").asText()).isEqualTo(name);
            socket.subscribe("1", "subscription { alerts { id } }");

            server.cli("tokens", "revoke", name);

            CloseStatus status = socket.closeStatus(WAIT);
            assertThat(status.getCode()).isEqualTo(4403);
            assertThat(status.getReason()).contains("revoked");
        }
    }

    @Test
    void anExpiringTokenHasItsSubscriptionsClosedAtExpiryAndIsUnauthenticatedAfter() throws Exception {
        String name = "expiring-" + suffix();
        // Long enough to create the token and subscribe on a busy machine; the wait below is for the close itself.
        Instant expiresAt = Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.MILLIS);
        String secret = server.http().document("""
                        mutation($input: CreateApiTokenInput!) {
                          createApiToken(input: $input) { secret token { expiresAt } errors { message } }
                        }""")
                .variable("input", Map.of("name", name, "role", "VIEWER", "expiresAt", expiresAt.toString())).execute()
                .path("createApiToken.errors").entityList(Object.class).hasSize(0)
                .path("createApiToken.token.expiresAt").entity(Instant.class).isEqualTo(expiresAt)
                .path("createApiToken.secret").entity(String.class).get();
        try (GraphQlWsConnection socket = server.rawWebSocket().init(secret)) {
            assertThat(socket.next(WAIT).path("type").asText()).isEqualTo("connection_ack");
            socket.subscribe("1", "subscription { alerts { id } }");

            CloseStatus status = socket.closeStatus(Duration.between(Instant.now(), expiresAt).plus(WAIT));
            Instant closedAt = Instant.now();

            assertThat(status.getCode()).isEqualTo(4403);
            assertThat(status.getReason()).contains("expired");
            assertThat(closedAt).isAfterOrEqualTo(expiresAt).isBefore(expiresAt.plusSeconds(2));
        }
        server.webClient(secret, "/graphql").post().contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ me { name } }")).exchange()
                .expectStatus().isUnauthorized()
                .expectBody()
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("UNAUTHENTICATED")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message).contains("expired"));
    }

    @Test
    void theFirstTokenIsCreatedFromTheCommandLineWithTheLocalAdminKey() {
        String dataDir = server.bean(LocalAdminKey.class).file().getParent().toString();

        OpsledgerServer.CliResult result = server.cliWithToken(null, "tokens", "create", "--name", "first-admin-" + suffix(),
                "--role", "ADMIN", "--data-dir", dataDir);

        assertThat(result.exitCode()).as(result.err()).isZero();
        String[] lines = result.out().strip().split("\n");
        String secret = lines[lines.length - 1];
        assertThat(secret).startsWith("opl_").doesNotContain(" ");
        server.http(secret).document("{ me { role } }").execute().path("me.role").entity(String.class).isEqualTo("ADMIN");
    }

    @Test
    void withoutAnyTokenTheCommandLineSaysHowToGetOne() {
        OpsledgerServer.CliResult result = server.cliWithToken(null, "tokens", "list", "--data-dir", "/nonexistent");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("--token").doesNotContain("Exception");
    }

    @Test
    void rotatingAPingUuidRetiresTheOldAddressAtOnce() {
        BackupClient backups = new BackupClient(server.http(server.createToken("backup-operator-" + suffix(), "OPERATOR")));
        Map<String, Object> job = backups.createJob(Map.of("name", "rotated " + suffix(), "source", "db01",
                "intervalSeconds", 3600, "graceSeconds", 600));
        String oldPing = (String) job.get("pingUuid");
        server.webClient(null, "/ping/" + oldPing).get().exchange().expectStatus().isOk();

        String newPing = backups.mutate("rotateBackupJobPing", Map.of("id", job.get("id")))
                .path("rotateBackupJobPing.errors").entityList(Object.class).hasSize(0)
                .path("rotateBackupJobPing.job.pingUuid").entity(String.class).get();

        assertThat(newPing).isNotEqualTo(oldPing);
        server.webClient(null, "/ping/" + oldPing).get().exchange().expectStatus().isNotFound();
        server.webClient(null, "/ping/" + newPing).get().exchange().expectStatus().isOk();
    }

    @Test
    void responsesCarryTheSecurityHeadersAndGraphiqlAsksForAToken() {
        server.webClient(null, "/graphiql?path=/graphql").get().exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp).contains("https://esm.sh"))
                .expectBody(String.class).value(page -> assertThat(page).contains("token-form")
                        .contains("sessionStorage").contains("wsConnectionParams"));
        server.webClient(null, "/actuator/health").get().exchange()
                .expectHeader().valueEquals("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY)
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff");
    }

    @Test
    void noCorsUnlessConfigured() {
        server.webClient(OpsledgerServer.ADMIN_TOKEN, "/graphql").post().header("Origin", "https://elsewhere.example")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("query", "{ serverVersion }")).exchange()
                .expectHeader().doesNotExist("Access-Control-Allow-Origin");
        server.webClient(null, "/graphql").options().header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "POST").exchange()
                .expectHeader().doesNotExist("Access-Control-Allow-Origin");
    }

    private static long events() {
        return server.jdbc().sql("SELECT COUNT(*) FROM domainevententry").query(Long.class).single();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
