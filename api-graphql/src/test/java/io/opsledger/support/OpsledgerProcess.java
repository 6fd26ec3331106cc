package io.opsledger.support;

import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged application ({@code target/opsledger.jar}) as a separate operating-system process,
 * for tests that kill it with SIGKILL (kill -9) and start it again.
 */
public final class OpsledgerProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target", "opsledger.jar");

    private final Process process;
    private final int port;

    private OpsledgerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the jar on PostgreSQL in the given schema and waits until it answers its health check. */
    public static OpsledgerProcess onPostgres(PostgresTestDatabase database, Path log, String... extraArguments)
            throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-XX:+EnableDynamicAgentLoading", "-jar", JAR.toString(),
                "--spring.profiles.active=postgres", "--server.port=" + port, "--logging.level.root=WARN",
                "--logging.level.io.opsledger=INFO"));
        command.addAll(List.of(extraArguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("OPSLEDGER_DB_URL", database.url());
        builder.environment().put("OPSLEDGER_DB_USER", database.user());
        builder.environment().put("OPSLEDGER_DB_PASSWORD", database.password());
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        OpsledgerProcess started = new OpsledgerProcess(builder.start(), port);
        started.awaitHealthy(Duration.ofSeconds(90));
        return started;
    }

    private void awaitHealthy(Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited with " + process.exitValue() + " before it was up");
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // the port opens once the application context is ready
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the application did not answer its health check within " + timeout);
    }

    public HttpGraphQlTester http() {
        return HttpGraphQlTester.create(WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port + "/graphql")
                .responseTimeout(Duration.ofSeconds(30))
                .build());
    }

    /** SIGKILL: no shutdown hook, no graceful stop, as {@code kill -9}. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }
}
