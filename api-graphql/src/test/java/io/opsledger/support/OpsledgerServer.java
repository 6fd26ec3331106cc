package io.opsledger.support;

import io.opsledger.OpsledgerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The real application on a random port, reached over real sockets. Started and stopped by the
 * test, so that a test can restart it on the same database or run two instances side by side.
 */
public final class OpsledgerServer implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    /** The data directory made for this server (search index, model files), deleted on close; null when the test gave one. */
    private Path ownDataDir;

    private OpsledgerServer(ConfigurableApplicationContext context) {
        this.context = context;
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
                "logging.level.root=WARN", "logging.level.io.opsledger=INFO"));
        all.addAll(properties);
        SpringApplicationBuilder builder = new SpringApplicationBuilder(OpsledgerApplication.class);
        profile.accept(builder);
        // As command-line arguments, so they override application.yml as a user's would.
        return new OpsledgerServer(builder.run(all.stream().map(property -> "--" + property).toArray(String[]::new)));
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public HttpGraphQlTester http() {
        WebTestClient client = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port() + "/graphql")
                .responseTimeout(Duration.ofSeconds(20))
                .build();
        return HttpGraphQlTester.create(client);
    }

    /**
     * A plain client for {@code POST /graphql}, for tests that set their own headers or drop a
     * request midway as a client that goes away would.
     */
    public WebClient graphQlClient() {
        return WebClient.builder().baseUrl("http://localhost:" + port() + "/graphql").build();
    }

    /** A plain client for the HTTP endpoints beside GraphQL ({@code /api/v1/...}), relative to the server's root. */
    public WebClient restClient() {
        return WebClient.builder().baseUrl("http://localhost:" + port()).build();
    }

    /** A graphql-ws client; stop it with {@code tester.stop().block()} at the end of the test. */
    public WebSocketGraphQlTester webSocket() {
        return WebSocketGraphQlTester.builder(URI.create("ws://localhost:" + port() + "/graphql"),
                new ReactorNettyWebSocketClient()).build();
    }

    public JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
        if (ownDataDir != null) {
            FileSystemUtils.deleteRecursively(ownDataDir.toFile());
        }
    }
}
