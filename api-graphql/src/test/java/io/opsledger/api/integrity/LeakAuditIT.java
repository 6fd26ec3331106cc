package io.opsledger.api.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsledger.support.GraphQlWsConnection;
import io.opsledger.support.LeakAudit;
import io.opsledger.support.OpsledgerServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatusCode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit every test server runs ({@link LeakAudit}): an error answer that shows an internal name,
 * over HTTP, GraphQL over HTTP or graphql-ws (a single result, a streamed one, the error that ends a
 * stream), is recorded with where it went and fails the server's close; clean error answers, those the
 * web exception handler writes included, are read and pass.
 */
class LeakAuditIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void everyLeakingErrorAnswerIsRecordedAndFailsTheServersClose(@TempDir Path dataDir) throws Exception {
        OpsledgerServer server = OpsledgerServer.embedded(dataDir, "spring.main.sources=" + LeakingAnswers.class.getName());
        try {
            LeakAudit audit = server.leakAudit();
            HttpStatusCode status = server.restClient().get().uri("/api/test-only/leak")
                    .exchangeToMono(answer -> answer.releaseBody().thenReturn(answer.statusCode())).block(WAIT);
            assertThat(status.value()).isEqualTo(500);
            String graphQl = server.graphQlClient().post().bodyValue(Map.of("query", "query LeakForTest { serverVersion }"))
                    .retrieve().bodyToMono(String.class).block(WAIT);
            assertThat(graphQl).contains(LeakingAnswers.LEAKING_TEXT);
            List<String> overWebSocket = new ArrayList<>();
            try (GraphQlWsConnection ws = server.rawWebSocket()) {
                ws.init(OpsledgerServer.ADMIN_TOKEN).subscribe("single", "query LeakForTest { serverVersion }")
                        .subscribe("stream", "subscription LeakForTest { backupJobUpdated { id } }");
                while (overWebSocket.size() < 3) {
                    JsonNode message = ws.next(WAIT);
                    assertThat(message).as("a graphql-ws message within %s", WAIT).isNotNull();
                    if (message.path("type").asText().matches("next|error")) {
                        overWebSocket.add(message.path("id").asText() + " " + message.path("type").asText());
                    }
                }
            }
            assertThat(overWebSocket).containsExactlyInAnyOrder("single next", "stream next", "stream error");

            assertThat(audit.leaks()).extracting(LeakAudit.Leak::where).containsExactlyInAnyOrder(
                    "HTTP GET /api/test-only/leak answered 500",
                    "GraphQL over HTTP: query LeakForTest { serverVersion }, extensions.detail",
                    "GraphQL over graphql-ws: query LeakForTest { serverVersion }, extensions.detail",
                    "GraphQL over graphql-ws: subscription LeakForTest { backupJobUpdated { id } }, streamed",
                    "GraphQL over graphql-ws: subscription LeakForTest { backupJobUpdated { id } }, ending the stream");
            assertThat(audit.leaks().getFirst().patterns()).contains("java\\.", "Exception");
        } finally {
            assertThatThrownBy(server::close).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("5 error answer(s) of this test server showed an internal name")
                    .hasMessageContaining("HTTP GET /api/test-only/leak answered 500 shows")
                    .hasMessageContaining(LeakingAnswers.LEAKING_TEXT);
        }
    }

    @Test
    void cleanErrorAnswersAreReadAndPass(@TempDir Path dataDir) {
        try (OpsledgerServer server = OpsledgerServer.embedded(dataDir)) {
            LeakAudit audit = server.leakAudit();
            // Written by the web exception handler, past the filters: the audit reads it all the same.
            long before = audit.inspected();
            server.webClient(OpsledgerServer.ADMIN_TOKEN, "/api/v1/no-such-endpoint").get().exchange()
                    .expectStatus().isNotFound().expectBody(String.class).value(body -> assertThat(body).contains("NOT_FOUND"));
            assertThat(audit.inspected()).as("texts read after a 404").isGreaterThan(before);
            // Refused before GraphQL runs, by the security chain.
            before = audit.inspected();
            server.webClient(null, "/graphql").post().bodyValue(Map.of("query", "{ serverVersion }")).exchange()
                    .expectStatus().isUnauthorized();
            assertThat(audit.inspected()).as("texts read after a 401").isGreaterThan(before);
            // A GraphQL error, and a mutation's payload error.
            before = audit.inspected();
            server.http().document("{ noSuchField }").execute().errors().expect(error -> true);
            server.http().document("""
                            mutation { createPlan(input: {title: "", version: "1"}) { errors { message } } }""")
                    .execute().path("createPlan.errors").entityList(Object.class).hasSizeGreaterThan(0);
            assertThat(audit.inspected()).as("texts read after two GraphQL errors").isGreaterThanOrEqualTo(before + 2);
            assertThat(audit.leaks()).isEmpty();
        }
    }
}
