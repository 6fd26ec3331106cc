package io.opsledger.api.alert;

import io.opsledger.kernel.alert.AlertStreamId;
import io.opsledger.support.BackupClient;
import io.opsledger.support.OpsledgerServer;
import io.opsledger.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backup job fails three times through the Healthchecks ping API, then succeeds: one alert with
 * three occurrences, resolved by the success, and a subscriber of the live stream sees the alert
 * open with growing counts (never going back, never the same state twice) up to three, then resolved.
 */
class AlertStreamIT {

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
    @SuppressWarnings("unchecked")
    void threeFailuresMakeOneAlertCountedThreeTimesAndTheNextSuccessResolvesIt() {
        Map<String, Object> job = new BackupClient(server.http()).createJob(Map.of("name", "db01 nightly",
                "intervalSeconds", 86400, "graceSeconds", 3600));
        String ping = "http://localhost:" + server.port() + "/ping/" + job.get("pingUuid");
        WebClient http = WebClient.create();
        // An open alert of the same kind makes the stream's first message, which proves the
        // subscription is registered before the failures are sent.
        server.http().documentName("raiseAlert").variable("input", Map.of("key", "sentinel:" + UUID.randomUUID(),
                "severity", "INFO", "title", "Sentinel", "kind", "BACKUP_FAILED")).execute();
        WebSocketGraphQlTester subscriber = server.webSocket();
        try {
            Flux<Map<String, Object>> stream = subscriber.documentName("alertStream")
                    .variable("kinds", List.of("BACKUP_FAILED"))
                    .executeSubscription()
                    .toFlux("alerts", Map.class)
                    .map(alert -> (Map<String, Object>) alert);

            StepVerifier.create(stream)
                    .assertNext(sentinel -> assertThat(sentinel).containsEntry("title", "Sentinel"))
                    .then(() -> {
                        for (int failure = 1; failure <= 3; failure++) {
                            http.post().uri(ping + "/fail").bodyValue("disk full " + failure).retrieve()
                                    .bodyToMono(String.class).block(Duration.ofSeconds(10));
                        }
                    })
                    // Each message is the alert as it stands once the read model has applied (at least) the
                    // change that caused it, and a view equal to the one pushed before is not sent again: when
                    // the projection applies the three failures together, fewer messages show the same end.
                    .recordWith(ArrayList::new)
                    .thenConsumeWhile(alert -> !Integer.valueOf(3).equals(alert.get("occurrences")))
                    // (what was recorded includes the message with three occurrences, checked again below)
                    .consumeRecordedWith(earlier -> assertThat(earlier)
                            .allSatisfy(alert -> assertThat(alert).containsEntry("status", "OPEN")
                                    .containsEntry("kind", "BACKUP_FAILED").containsEntry("subjectId", job.get("id")))
                            .extracting(alert -> (Integer) alert.get("occurrences"))
                            .isSorted().doesNotHaveDuplicates().endsWith(3))
                    .assertNext(alert -> assertThat(alert).containsEntry("occurrences", 3).containsEntry("status", "OPEN")
                            .containsEntry("kind", "BACKUP_FAILED").containsEntry("subjectId", job.get("id")))
                    .then(() -> http.get().uri(ping).retrieve().bodyToMono(String.class).block(Duration.ofSeconds(10)))
                    .assertNext(alert -> assertThat(alert).containsEntry("status", "RESOLVED")
                            .containsEntry("occurrences", 3).containsEntry("resolvedAutomatically", true))
                    .thenCancel()
                    .verify(Duration.ofSeconds(30));
        } finally {
            subscriber.stop().block(Duration.ofSeconds(5));
        }

        GraphQlTester.Response feed = server.http().document("{ alerts(status: RESOLVED) { edges { node { key occurrences } } } }").execute();
        feed.path("alerts.edges[*].node.occurrences").entityList(Integer.class).containsExactly(3);
        List<String> history = server.jdbc().sql("""
                        SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = :stream ORDER BY sequencenumber""")
                .param("stream", AlertStreamId.forKey("backup-failed:" + job.get("id")).toString())
                .query(String.class).list();
        assertThat(history).extracting(type -> type.substring(type.lastIndexOf('.') + 1))
                .containsExactly("AlertRaisedEvent", "AlertRepeatedEvent", "AlertRepeatedEvent", "AlertResolvedEvent");
    }

    @Test
    void acknowledgingRecordsThePrincipalAndAnUnknownAlertIsNotFound() {
        GraphQlTester.Response raised = server.http().documentName("raiseAlert").variable("input",
                Map.of("key", "manual:" + UUID.randomUUID(), "severity", "WARNING", "title", "Disk almost full")).execute();
        String alertId = raised.path("raiseAlert.alert.id").entity(String.class).get();

        String operator = "on-call-" + UUID.randomUUID().toString().substring(0, 8);
        server.http(server.createToken(operator, "OPERATOR")).documentName("acknowledgeAlert")
                .variable("input", Map.of("id", alertId, "comment", "on it"))
                .execute()
                .path("acknowledgeAlert.alert.status").entity(String.class).isEqualTo("ACKNOWLEDGED")
                .path("acknowledgeAlert.alert.acknowledgedBy").entity(String.class).isEqualTo(operator);

        server.http().documentName("acknowledgeAlert").variable("input", Map.of("id", UUID.randomUUID().toString()))
                .execute()
                .path("acknowledgeAlert.errors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
    }
}
