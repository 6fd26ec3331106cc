package io.opsledger.bench.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The application jar started as its own JVM, exactly as {@code ./run server} starts it, on a free
 * loopback port: on the embedded default (H2 under a data directory) or on PostgreSQL (profile
 * {@code postgres}, a given schema). Its output goes to a log file beside the data.
 */
public final class AppProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    /** Accepted by every server the harness starts as an admin token; the clients send it. */
    public static final String ADMIN_TOKEN = "bench-admin-" + java.util.UUID.randomUUID();
    /**
     * The per-token rate and connection limits, raised: every simulated client uses the one admin
     * token, and the benchmarks measure the server, not its throttle.
     */
    private static final List<String> UNTHROTTLED = List.of("--opsledger.limits.requests-per-second=1000000",
            "--opsledger.limits.burst=1000000", "--opsledger.limits.connections-per-token=100000",
            "--opsledger.limits.subscriptions-per-connection=1000");

    private final Process process;
    private final int port;
    private final Path log;
    private final String profile;

    private AppProcess(Process process, int port, Path log, String profile) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.profile = profile;
    }

    /** The embedded default with its data under {@code dataDir}. */
    public static AppProcess embedded(AppJar jar, Path dataDir, String... extraArgs) throws Exception {
        Files.createDirectories(dataDir);
        List<String> args = new ArrayList<>(List.of("--opsledger.data-dir=" + dataDir.toAbsolutePath()));
        args.addAll(List.of(extraArgs));
        return start(jar, "embedded", Map.of(), args, dataDir.resolve("server.log"));
    }

    /**
     * Profile {@code postgres} in the given schema. The server's own files (the search index) go
     * under {@code logDir} too: in the default {@code ./data} they would collide with a server
     * started from the same directory, whose index lock would stop this one from starting.
     */
    public static AppProcess postgres(AppJar jar, PgSchema schema, Path logDir, String... extraArgs) throws Exception {
        Path dataDir = Files.createDirectories(logDir.resolve("postgres-" + schema.name()));
        List<String> args = new ArrayList<>(List.of("--spring.profiles.active=postgres",
                "--opsledger.data-dir=" + dataDir.toAbsolutePath()));
        args.addAll(List.of(extraArgs));
        Map<String, String> env = Map.of("OPSLEDGER_DB_URL", schema.url(), "OPSLEDGER_DB_USER", schema.user(),
                "OPSLEDGER_DB_PASSWORD", schema.password());
        return start(jar, "postgres", env, args, logDir.resolve("server-" + schema.name() + ".log"));
    }

    private static AppProcess start(AppJar jar, String profile, Map<String, String> env, List<String> appArgs, Path log)
            throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector",
                "-jar", jar.path().toAbsolutePath().toString(), "--server.port=" + port,
                "--opsledger.security.admin-token=" + ADMIN_TOKEN,
                "--opsledger.security.local-admin-key-file=" + log.resolveSibling(port + "-local-admin.key")));
        command.addAll(UNTHROTTLED);
        command.addAll(appArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        AppProcess app = new AppProcess(builder.start(), port, log, profile);
        app.awaitHealthy();
        return app;
    }

    public String profile() {
        return profile;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public URI graphQl() {
        return URI.create("http://127.0.0.1:" + port + "/graphql");
    }

    public URI graphQlWebSocket() {
        return URI.create("ws://127.0.0.1:" + port + "/graphql");
    }

    public Path log() {
        return log;
    }

    /**
     * Waits until every event processor of the server has caught up with the event store (lag 0
     * in {@code projections}), so that a scenario is not measured against the backlog the one
     * before it left (the search index, at a lower priority, lags under load by design). The
     * server has no signal for "all caught up", so this asks every quarter second. Answers how
     * long it took; past {@code timeout}, the processors still behind, by name.
     */
    public Duration awaitQuiet(Duration timeout) throws IOException, InterruptedException {
        GraphQlHttp http = new GraphQlHttp(graphQl());
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        while (true) {
            List<String> behind = new ArrayList<>();
            http.execute("{ projections { name lag } }", Map.of()).path("projections").forEach(group -> {
                if (group.path("lag").asDouble() > 0) {
                    behind.add(group.path("name").asText() + " (" + (long) group.path("lag").asDouble() + ")");
                }
            });
            if (behind.isEmpty()) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("still behind after " + timeout.toSeconds() + " s: " + String.join(", ", behind));
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
    }

    /** Resident set size of the server process, in MiB, from {@code /proc/<pid>/status}. */
    public double rssMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hook, no flush. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM and a graceful shutdown; SIGKILL if it takes more than 60 s. */
    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }

    private void awaitHealthy() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + " while starting; "
                        + "its log: " + log + "\n" + tail());
            }
            try {
                HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
                // UP, or a health endpoint that wants a token: either way the server is serving.
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")
                        || response.statusCode() == 401 || response.statusCode() == 403) {
                    return;
                }
            } catch (IOException notYetListening) {
                // Starting: the port opens only once the context is ready.
            }
            // A start-up wait with nothing to wake us: the server offers no readiness signal but its port.
            process.waitFor(200, TimeUnit.MILLISECONDS);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the server did not become healthy within " + START_TIMEOUT + "; log: " + log
                + "\n" + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
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
