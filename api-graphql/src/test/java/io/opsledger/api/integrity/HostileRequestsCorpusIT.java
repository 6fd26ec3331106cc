package io.opsledger.api.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opsledger.support.BackupClient;
import io.opsledger.support.InternalNames;
import io.opsledger.support.OpsledgerServer;
import io.opsledger.support.PlanClient;
import io.opsledger.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our corpus of malformed and hostile requests ({@code corpus/hostile-requests.json}: GraphQL
 * envelopes, content types, sizes, unicode, limits of every feature, pings, OpenLineage), each
 * with the answer it must get, sent one at a time over HTTP to the real server on PostgreSQL.
 * Every answer must be the expected refusal, none a 5xx, none may show a stack trace or an internal
 * name, no rejected input may change the event store or a read model, and the server answers after.
 */
class HostileRequestsCorpusIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z]+)(?::([^}]*))?}");
    private static final Pattern LIST_PLACEHOLDER = Pattern.compile("\"\\$\\{(ids|params|steps|widgets|datasets):(\\d+)}\"");

    private static PostgresTestDatabase database;
    private static OpsledgerServer server;
    private static Path scanRoot;
    private static final Map<String, String> values = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws IOException {
        database = PostgresTestDatabase.freshSchema();
        scanRoot = Files.createTempDirectory("corpus-scan-root").toRealPath();
        Files.createSymbolicLink(scanRoot.resolve("escape"), Path.of("/etc"));
        // Requests come one after another as fast as the server answers: the per-token rate limit is not under test.
        server = OpsledgerServer.onPostgres(database, "opsledger.backup.scan.enabled=false",
                "opsledger.backups.scan-roots=" + scanRoot, "opsledger.limits.requests-per-second=10000",
                "opsledger.limits.burst=10000");
        seed();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        database.drop();
        Files.deleteIfExists(scanRoot.resolve("escape"));
        Files.deleteIfExists(scanRoot);
    }

    @Test
    void everyHostileRequestIsRefusedAsItShouldBeAndChangesNothing() throws IOException {
        JsonNode cases = corpus();
        assertThat(cases.size()).isGreaterThanOrEqualTo(120);
        Map<String, Long> before = counts();
        List<String> failures = new ArrayList<>();
        for (JsonNode template : cases) {
            JsonNode testCase = substitute(template);
            String name = testCase.path("name").asText();
            Answer answer = send(testCase);
            failures.addAll(check(name, testCase.path("expect"), testCase, answer));
        }
        assertThat(failures).as("answers that differ from the corpus").isEmpty();
        assertThat(counts()).as("rows of the event store and of every read model").isEqualTo(before);
        server.http().document("{ serverVersion }").execute().path("serverVersion").hasValue();
    }

    private record Answer(int status, String body) {
    }

    private static Answer send(JsonNode testCase) throws IOException {
        WebTestClient client = server.webClient(OpsledgerServer.ADMIN_TOKEN, "");
        String kind = testCase.path("kind").asText();
        String method = kind.equals("mutation") ? "POST" : testCase.path("method").asText("POST");
        String path = kind.equals("mutation") ? "/graphql" : testCase.path("path").asText();
        byte[] body = null;
        String contentType = kind.equals("mutation") ? "application/json"
                : testCase.path("contentType").isTextual() ? testCase.path("contentType").asText() : null;
        if (kind.equals("mutation")) {
            body = JSON.writeValueAsBytes(mutation(testCase));
        } else if (testCase.has("raw")) {
            body = testCase.path("raw").asText().getBytes(StandardCharsets.UTF_8);
        } else if (testCase.has("body")) {
            body = JSON.writeValueAsBytes(testCase.path("body"));
        }
        WebTestClient.RequestBodySpec request = client.method(HttpMethod.valueOf(method))
                .uri(URI.create("http://localhost:" + server.port() + path));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        WebTestClient.RequestHeadersSpec<?> ready = body == null ? request : request.bodyValue(body);
        EntityExchangeResult<byte[]> result = ready.exchange().expectBody().returnResult();
        byte[] bytes = result.getResponseBody();
        return new Answer(result.getStatus().value(), bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8));
    }

    private static Map<String, Object> mutation(JsonNode testCase) {
        String field = testCase.path("mutation").asText();
        String type = Character.toUpperCase(field.charAt(0)) + field.substring(1) + "Input";
        String document = """
                mutation($input: %s!) { %s(input: $input) { errors { __typename code message path
                    ... on ValidationError { rule field } ... on StaleError { rule field } ... on NotFoundError { entity id } } } }"""
                .formatted(type, field);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("query", document);
        request.put("variables", Map.of("input", JSON.convertValue(testCase.path("input"), Object.class)));
        return request;
    }

    private static List<String> check(String name, JsonNode expect, JsonNode testCase, Answer answer) throws IOException {
        List<String> failures = new ArrayList<>();
        String shown = answer.body().length() > 400 ? answer.body().substring(0, 400) + "…" : answer.body();
        if (answer.status() >= 500) {
            failures.add("%s: answered %d %s".formatted(name, answer.status(), shown));
        }
        for (Pattern internal : InternalNames.in(answer.body())) {
            failures.add("%s: the answer shows '%s': %s".formatted(name, internal.pattern(), shown));
        }
        int status = testCase.path("kind").asText().equals("mutation") ? 200 : expect.path("status").asInt(200);
        if (answer.status() != status) {
            failures.add("%s: expected status %d, got %d %s".formatted(name, status, answer.status(), shown));
            return failures;
        }
        if (expect.has("contains") && !Pattern.compile(expect.path("contains").asText()).matcher(answer.body()).find()) {
            failures.add("%s: expected the answer to mention %s: %s".formatted(name, expect.path("contains").asText(), shown));
        }
        if (!expect.has("code") && !expect.has("topLevel") && !expect.has("rule")) {
            return failures;
        }
        JsonNode body;
        try {
            body = JSON.readTree(answer.body());
        } catch (IOException notJson) {
            failures.add("%s: the answer is not JSON: %s".formatted(name, shown));
            return failures;
        }
        if (expect.has("topLevel")) {
            String classification = body.path("errors").path(0).path("extensions").path("classification").asText();
            if (!expect.path("topLevel").asText().equals(classification)) {
                failures.add("%s: expected a top-level %s error, got %s".formatted(name, expect.path("topLevel").asText(), shown));
            }
        } else if (testCase.path("kind").asText().equals("mutation")) {
            JsonNode error = body.path("data").path(testCase.path("mutation").asText()).path("errors").path(0);
            if (error.isMissingNode()) {
                failures.add("%s: accepted, or answered without a typed error: %s".formatted(name, shown));
            } else if (!expect.path("code").asText("VALIDATION").equals(error.path("code").asText())
                    || (expect.has("rule") && !expect.path("rule").asText().equals(error.path("rule").asText()))) {
                failures.add("%s: expected %s %s, got %s".formatted(name, expect.path("code").asText("VALIDATION"),
                        expect.path("rule").asText(""), error));
            }
        } else if (!expect.path("code").asText().equals(body.path("code").asText())) {
            failures.add("%s: expected error code %s, got %s".formatted(name, expect.path("code").asText(), shown));
        }
        return failures;
    }

    private static JsonNode corpus() throws IOException {
        try (InputStream in = HostileRequestsCorpusIT.class.getResourceAsStream("/corpus/hostile-requests.json")) {
            return JSON.readTree(in);
        }
    }

    /** Fills in the seeded ids, the current time, and generated long values and lists. */
    private static JsonNode substitute(JsonNode template) throws IOException {
        String text = JSON.writeValueAsString(template);
        Matcher lists = LIST_PLACEHOLDER.matcher(text);
        StringBuilder listed = new StringBuilder();
        while (lists.find()) {
            lists.appendReplacement(listed, Matcher.quoteReplacement(list(lists.group(1), Integer.parseInt(lists.group(2)))));
        }
        lists.appendTail(listed);
        Matcher placeholders = PLACEHOLDER.matcher(listed.toString());
        StringBuilder filled = new StringBuilder();
        while (placeholders.find()) {
            String key = placeholders.group(1);
            String value = switch (key) {
                case "repeat" -> {
                    String argument = placeholders.group(2);
                    int colon = argument.lastIndexOf(':');
                    yield argument.substring(0, colon).repeat(Integer.parseInt(argument.substring(colon + 1)));
                }
                case "unknownId" -> UUID.randomUUID().toString();
                case "now" -> Instant.now().toString();
                case "future" -> Instant.now().plus(Duration.ofHours(48)).toString();
                default -> values.get(key);
            };
            if (value == null) {
                throw new IllegalStateException("no value for ${" + key + "} in " + template.path("name"));
            }
            placeholders.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        placeholders.appendTail(filled);
        return JSON.readTree(filled.toString());
    }

    private static String list(String kind, int size) throws IOException {
        List<Object> items = IntStream.range(0, size).<Object>mapToObj(i -> switch (kind) {
            case "ids" -> UUID.randomUUID().toString();
            case "params" -> Map.of("name", "p" + i, "value", "v");
            case "steps" -> Map.of("name", "s" + i, "kind", "EXTRACT");
            case "widgets" -> Map.of("id", "w" + i, "type", "COUNTER", "dataSource", "open-alerts", "x", 0, "y", i, "w", 1, "h", 1);
            default -> Map.of("namespace", "db", "name", "t" + i);
        }).toList();
        return JSON.writeValueAsString(items);
    }

    /** A plan with a phase and a task, a backup job with a ping address, a dashboard: what the corpus aims at. */
    private static void seed() {
        PlanClient plans = new PlanClient(server.http());
        String planId = plans.createPlan("Corpus target", "v1");
        String phaseId = plans.addPhase(planId, "Phase");
        values.put("planId", planId);
        values.put("phaseId", phaseId);
        values.put("taskId", plans.addTask(planId, phaseId, "Task"));
        String pingUuid = UUID.randomUUID().toString();
        Map<String, Object> job = new BackupClient(server.http()).createJob(Map.of("name", "corpus job",
                "intervalSeconds", 86_400, "graceSeconds", 3_600, "pingUuid", pingUuid));
        values.put("jobId", (String) job.get("id"));
        values.put("pingUuid", pingUuid);
        values.put("dashboardId", server.http().document("""
                        mutation { createDashboard(input: {name: "Corpus dashboard"}) { dashboard { id } errors { message } } }""")
                .execute().path("createDashboard.dashboard.id").entity(String.class).get());
        values.put("olRunId", UUID.randomUUID().toString());
        values.put("scanRoot", scanRoot.toString());
    }

    /** Row counts of the event store and of every read-model table (not the processors' own bookkeeping). */
    private static Map<String, Long> counts() {
        JdbcClient jdbc = server.jdbc();
        List<String> tables = jdbc.sql("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                          AND table_name NOT IN ('tokenentry', 'scheduled_tasks', 'flyway_schema_history')""")
                .query(String.class).list();
        return tables.stream().sorted().collect(Collectors.toMap(table -> table,
                table -> jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single(),
                (a, b) -> a, LinkedHashMap::new));
    }
}
