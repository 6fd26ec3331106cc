package io.opsledger.api.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.opsledger.support.GraphQlWsConnection;
import io.opsledger.support.OpsledgerServer;
import io.opsledger.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OIDC/JWT resource server: JWTs signed by the configured key (here a locally generated RSA key,
 * standing in for an identity provider's JWKS) are accepted beside API tokens, with the role from
 * the configured claim and the subject as principal.
 */
class JwtIT {

    private static PostgresTestDatabase database;
    private static OpsledgerServer server;
    private static KeyPair identityProvider;

    @BeforeAll
    static void start() throws Exception {
        identityProvider = rsaKeys();
        Path publicKey = Files.createTempFile("opsledger-idp-", ".pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(identityProvider.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        database = PostgresTestDatabase.freshSchema();
        server = OpsledgerServer.onPostgres(database,
                "spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + publicKey,
                "opsledger.security.oidc.role-claim=groups");
    }

    @AfterAll
    static void stop() {
        server.close();
        database.drop();
    }

    @Test
    void aSignedJwtActsAsItsSubjectWithTheHighestRoleOfItsClaim() {
        String jwt = jwt(identityProvider.getPrivate(), "alice@example.com", List.of("VIEWER", "OPERATOR", "staff"),
                Instant.now().plusSeconds(300));

        server.http(jwt).document("{ me { name role } }").execute()
                .path("me.name").entity(String.class).isEqualTo("alice@example.com")
                .path("me.role").entity(String.class).isEqualTo("OPERATOR");
        String planId = server.http(jwt).documentName("createPlan")
                .variable("input", Map.of("title", "From the IdP", "version", "v1")).execute()
                .path("createPlan.plan.id").entity(String.class).get();
        String metadata = server.jdbc().sql("""
                        SELECT convert_from(metadata, 'UTF8') FROM domainevententry WHERE aggregateidentifier = :id""")
                .param("id", planId).query(String.class).single();
        assertThat(metadata).contains("\"principal\":\"alice@example.com\"");
    }

    @Test
    void aJwtSignedByAnotherKeyExpiredOrWithoutRoleIsUnauthenticated() throws Exception {
        String forged = jwt(rsaKeys().getPrivate(), "mallory", List.of("ADMIN"), Instant.now().plusSeconds(300));
        String expired = jwt(identityProvider.getPrivate(), "alice@example.com", List.of("ADMIN"),
                Instant.now().minusSeconds(600));
        String roleless = jwt(identityProvider.getPrivate(), "bob", List.of("staff"), Instant.now().plusSeconds(300));

        for (String refused : List.of(forged, expired, roleless)) {
            server.webClient(refused, "/graphql").post().contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("query", "{ me { name } }")).exchange()
                    .expectStatus().isUnauthorized()
                    .expectBody().jsonPath("$.errors[0].extensions.classification").isEqualTo("UNAUTHENTICATED");
        }
        server.webClient(roleless, "/graphql").post().contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ me { name } }")).exchange()
                .expectBody().jsonPath("$.errors[0].message").value(message ->
                        assertThat((String) message).contains("groups"));
    }

    @Test
    void aJwtOpensSubscriptionsAndApiTokensStillWork() throws Exception {
        String jwt = jwt(identityProvider.getPrivate(), "carol", List.of("VIEWER"), Instant.now().plusSeconds(300));
        try (GraphQlWsConnection socket = server.rawWebSocket().init(jwt)) {
            assertThat(socket.next(Duration.ofSeconds(10)).path("payload").path("name").asText()).isEqualTo("carol");
        }
        String token = server.createToken("beside-jwt", "VIEWER");
        server.http(token).document("{ me { name } }").execute().path("me.name").entity(String.class).isEqualTo("beside-jwt");
    }

    private static String jwt(PrivateKey key, String subject, List<String> roles, Instant expiresAt) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder()
                    .subject(subject).claim("groups", roles)
                    .issueTime(Date.from(Instant.now().minusSeconds(900))).expirationTime(Date.from(expiresAt)).build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsaKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }
}
