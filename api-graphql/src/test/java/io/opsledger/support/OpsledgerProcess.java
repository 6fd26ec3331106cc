package io.opsledger.support;

import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code target/opsledger.jar}) as a separate operating-system process,
 * started as {@code ./run server} starts it, for tests that kill it with SIGKILL ({@code kill -9}:
 * no shutdown hook, no flush) and start it again, or load it from outside. On a free loopback port,
 * on the embedded default (H2 under a data directory) or on PostgreSQL.
 *
 * <p>Every process accepts {@link #ADMIN_TOKEN} as an admin token and the clients made here send
 * it, so these tests keep working when the API requires a token.
 */
public final class OpsledgerProcess implements AutoCloseable {

    public static final String ADMIN_TOKEN = "process-admin-" + UUID.randomUUID();
    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);

    private final Process process;
    private final int port;
    private final Path log;

    private OpsledgerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the jar on PostgreSQL in the given schema, output appended to {@code log}, and waits until it is up. */
    public static OpsledgerProcess onPostgres(PostgresTestDatabase database, Path log, String... extraArguments) {
        List<String> args = new ArrayList<>(List.of("--spring.profiles.active=postgres"));
        args.addAll(List.of(extraArguments));
        return start(Map.of("OPSLEDGER_DB_URL", database.url(), "OPSLEDGER_DB_USER", database.user(),
                "OPSLEDGER_DB_PASSWORD", database.password()), args, log);
    }

    /** Profile {@code postgres} in the database's schema, output in {@code target/process-logs/}. */
    public static OpsledgerProcess onPostgres(PostgresTestDatabase database, String... extraArguments) {
        return onPostgres(database, newLog(), extraArguments);
    }

    /** The embedded default with its data under {@code dataDir}; started again on the same directory, it finds its data. */
    public static OpsledgerProcess embedded(Path dataDir, String... extraArguments) {
        List<String> args = new ArrayList<>(List.of("--opsledger.data-dir=" + dataDir.toAbsolutePath()));
        args.addAll(List.of(extraArguments));
        return start(Map.of(), args, newLog());
    }

    /** The embedded default's database in {@code dataDir}, opened with plain JDBC while no process holds it. */
    public static Connection openEmbedded(Path dataDir) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("opsledger")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
    }

    private static OpsledgerProcess start(Map<String, String> env, List<String> appArgs, Path log) {
        try {
            Path jar = Path.of(System.getProperty("opsledger.jar", "target/opsledger.jar"));
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar.toAbsolutePath() + " does not exist: these tests run after"
                        + " Maven's package phase (./mvnw verify), which builds it");
            }
            int port = freePort();
            List<String> command = new ArrayList<>(List.of(javaExecutable(), "--enable-native-access=ALL-UNNAMED",
                    "-XX:+EnableDynamicAgentLoading", "-jar", jar.toAbsolutePath().toString(),
                    "--server.port=" + port, "--logging.level.root=WARN", "--logging.level.io.opsledger=INFO",
                    "--opsledger.security.admin-token=" + ADMIN_TOKEN,
                    "--opsledger.security.local-admin-key-file="
                            + Files.createTempDirectory("opsledger-process-").resolve("local-admin.key")));
            command.addAll(appArgs);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(env);
            builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
            OpsledgerProcess started = new OpsledgerProcess(builder.start(), port, log);
            started.awaitHealthy();
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the application jar", e);
        }
    }

    public int port() {
        return port;
    }

    /** GraphQL over HTTP as ADMIN. */
    public HttpGraphQlTester http() {
        return HttpGraphQlTester.create(WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port + "/graphql")
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN_TOKEN)
                .responseTimeout(Duration.ofSeconds(30))
                .build());
    }

    /** A plain client for {@code POST /graphql} as ADMIN, for load from many threads. */
    public WebClient graphQlClient() {
        return WebClient.builder().baseUrl("http://127.0.0.1:" + port + "/graphql")
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN_TOKEN)
                .defaultHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .build();
    }

    /** SIGKILL, as {@code kill -9}: the JVM ends at once, mid-request, with no shutdown of any kind. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: a graceful shutdown (processors store their tokens, H2 closes its file); SIGKILL after 60 s. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    /** The last lines of the server's output, for a failure message. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return log + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    private void awaitHealthy() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the application exited with " + process.exitValue()
                            + " before it was up; " + logTail());
                }
                try {
                    int status = client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode();
                    // UP, or a health endpoint that wants a token: either way the application is serving.
                    if (status == 200 || status == 401 || status == 403) {
                        return;
                    }
                } catch (IOException notYetListening) {
                    // The port opens once the application context is ready.
                }
                // Another process: its open port is the only readiness signal it gives.
                process.waitFor(200, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the application was not up within " + START_TIMEOUT + "; " + logTail());
    }

    private static Path newLog() {
        try {
            return Files.createDirectories(Path.of("target", "process-logs"))
                    .resolve("opsledger-" + System.currentTimeMillis() + "-" + UUID.randomUUID().toString().substring(0, 8) + ".log");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
