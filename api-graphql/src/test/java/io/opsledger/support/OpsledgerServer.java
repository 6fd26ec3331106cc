package io.opsledger.support;

import io.opsledger.OpsledgerApplication;
import io.opsledger.api.cli.OpsledgerCli;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The real application on a random port, reached over real sockets. Started and stopped by the
 * test, so that a test can restart it on the same database or run two instances side by side.
 * Every server accepts {@link #ADMIN_TOKEN} (as {@code OPSLEDGER_ADMIN_TOKEN} would be), and the
 * clients made here send it unless a test asks for another token or none.
 * <p>
 * Every server is audited ({@link LeakAudit}): an error answer that shows an internal name (a Java
 * class, a stack frame, a record's {@code toString}) is recorded, and {@link #close()} then fails
 * listing them, so the test class whose requests caused it fails.
 */
public final class OpsledgerServer implements AutoCloseable {

    /** The ADMIN token every test server accepts; one per test JVM, never a real credential. */
    public static final String ADMIN_TOKEN = "test-admin-" + UUID.randomUUID();

    /** The principal that requests with {@link #ADMIN_TOKEN} write into events. */
    public static final String ADMIN_PRINCIPAL = "env-admin";

    private final ConfigurableApplicationContext context;
    private final LeakAudit leakAudit;
    /** The data directory made for this server (search index, model files), deleted on close; null when the test gave one. */
    private Path ownDataDir;

    private OpsledgerServer(ConfigurableApplicationContext context) {
        this.context = context;
        this.leakAudit = context.getBean(LeakAudit.class);
    }

    /** The server on PostgreSQL (profile {@code postgres}), in the given schema. */
    public static OpsledgerServer onPostgres(PostgresTestDatabase database, String... extraProperties) {
        List<String> properties = new ArrayList<>(List.of(
                "OPSLEDGER_DB_URL=" + database.url(),
                "OPSLEDGER_DB_USER=" + database.user(),
                "OPSLEDGER_DB_PASSWORD=" + database.password()));
        properties.addAll(List.of(extraProperties));
        // Each server gets its own data directory (the search index lives there), unless the test names one.
        Path dataDir = null;
        if (properties.stream().noneMatch(property -> property.startsWith("opsledger.data-dir="))) {
            dataDir = temporaryDataDir();
            properties.add("opsledger.data-dir=" + dataDir);
        }
        OpsledgerServer server = start(builder -> builder.profiles("postgres"), properties);
        server.ownDataDir = dataDir;
        return server;
    }

    private static Path temporaryDataDir() {
        try {
            return Files.createTempDirectory("opsledger-test-");
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** The server on its embedded default (H2 file database) under the given data directory. */
    public static OpsledgerServer embedded(Path dataDir, String... extraProperties) {
        List<String> properties = new ArrayList<>(List.of("opsledger.data-dir=" + dataDir.toAbsolutePath()));
        properties.addAll(List.of(extraProperties));
        return start(builder -> { }, properties);
    }

    private static OpsledgerServer start(Consumer<SpringApplicationBuilder> profile, List<String> properties) {
        List<String> all = new ArrayList<>(List.of("server.port=0", "spring.lifecycle.timeout-per-shutdown-phase=2s",
                "logging.level.root=WARN", "logging.level.io.opsledger=INFO",
                "opsledger.security.admin-token=" + ADMIN_TOKEN,
                "opsledger.security.local-admin-key-file=" + localAdminKeyFile()));
        all.addAll(properties);
        SpringApplicationBuilder builder = new SpringApplicationBuilder(OpsledgerApplication.class).sources(LeakAudit.class);
        profile.accept(builder);
        // As command-line arguments, so they override application.yml as a user's would.
        return new OpsledgerServer(builder.run(all.stream().map(property -> "--" + property).toArray(String[]::new)));
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static String localAdminKeyFile() {
        try {
            return Files.createTempDirectory("opsledger-test-").resolve("local-admin.key").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GraphQL over HTTP as ADMIN. */
    public HttpGraphQlTester http() {
        return http(ADMIN_TOKEN);
    }

    /** GraphQL over HTTP with this bearer token, or with none when {@code token} is null. */
    public HttpGraphQlTester http(String token) {
        return HttpGraphQlTester.create(webClient(token, "/graphql"));
    }

    /** Plain HTTP to {@code path} (e.g. {@code /api/v1/lineage}) with this bearer token, or none when null. */
    public WebTestClient webClient(String token, String path) {
        WebTestClient.Builder builder = WebTestClient.bindToServer()
                .baseUrl(baseUrl() + path)
                .responseTimeout(Duration.ofSeconds(20));
        if (token != null) {
            builder.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return builder.build();
    }

    /**
     * A plain client for {@code POST /graphql} as ADMIN, for tests that set their own headers or drop
     * a request midway as a client that goes away would.
     */
    public WebClient graphQlClient() {
        return WebClient.builder().baseUrl("http://localhost:" + port() + "/graphql")
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN_TOKEN).build();
    }

    /** A plain client for the HTTP endpoints beside GraphQL ({@code /api/v1/...}), relative to the server's root, as ADMIN. */
    public WebClient restClient() {
        return WebClient.builder().baseUrl("http://localhost:" + port())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN_TOKEN).build();
    }

    public String baseUrl() {
        return "http://localhost:" + port();
    }

    /** A graphql-ws client as ADMIN; stop it with {@code tester.stop().block()} at the end of the test. */
    public WebSocketGraphQlTester webSocket() {
        return webSocket(ADMIN_TOKEN);
    }

    /** A graphql-ws client whose {@code connection_init} carries this token, or no payload when null. */
    public WebSocketGraphQlTester webSocket(String token) {
        WebSocketGraphQlTester.Builder<?> builder = WebSocketGraphQlTester.builder(
                URI.create("ws://localhost:" + port() + "/graphql"), new ReactorNettyWebSocketClient());
        if (token != null) {
            builder.interceptor(new WebSocketGraphQlClientInterceptor() {
                @Override
                public Mono<Object> connectionInitPayload() {
                    return Mono.just(Map.of("authorization", "Bearer " + token));
                }
            });
        }
        return builder.build();
    }

    /** A graphql-ws connection driven message by message; close it at the end of the test. */
    public GraphQlWsConnection rawWebSocket() {
        return new GraphQlWsConnection(URI.create("ws://localhost:" + port() + "/graphql"));
    }

    /** Creates an API token with this role (as ADMIN) and returns its secret. */
    public String createToken(String name, String role) {
        return http().document("""
                        mutation($input: CreateApiTokenInput!) {
                          createApiToken(input: $input) { secret errors { message } }
                        }""").variable("input", Map.of("name", name, "role", role)).execute()
                .path("createApiToken.errors").entityList(Object.class).hasSize(0)
                .path("createApiToken.secret").entity(String.class).get();
    }

    /** Runs the command line against this server as ADMIN ({@code --server} and {@code --token} appended). */
    public CliResult cli(String... args) {
        return cliWithToken(ADMIN_TOKEN, args);
    }

    /** Runs the command line against this server with this token, or with none of its own when null. */
    public CliResult cliWithToken(String token, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--server", baseUrl()));
        if (token != null) {
            all.addAll(List.of("--token", token));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = OpsledgerCli.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliResult(exitCode, out.toString(), err.toString());
    }

    /** What a command-line run printed, and its exit code. */
    public record CliResult(int exitCode, String out, String err) {
    }

    public JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** What the audit of this server's error answers has recorded so far. */
    public LeakAudit leakAudit() {
        return leakAudit;
    }

    /**
     * Stops the server and deletes its own data directory; then fails, with an AssertionError listing
     * them, if any error answer of this server showed an internal name to a client.
     */
    @Override
    public void close() {
        context.close();
        if (ownDataDir != null) {
            FileSystemUtils.deleteRecursively(ownDataDir.toFile());
        }
        leakAudit.assertNoLeaks();
    }
}
