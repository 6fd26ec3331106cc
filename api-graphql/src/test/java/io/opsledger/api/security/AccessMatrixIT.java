package io.opsledger.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.opsledger.api.security.AccessPolicy.HttpRule;
import io.opsledger.support.GraphQlWsConnection;
import io.opsledger.support.OpsledgerServer;
import io.opsledger.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every query, mutation, subscription and HTTP endpoint, for no token, VIEWER, OPERATOR and ADMIN:
 * allowed exactly where graphql/access.yml says, otherwise refused with UNAUTHENTICATED or
 * FORBIDDEN and without an event appended. The fields are read from the running server's schema,
 * so a field added tomorrow is in the matrix tomorrow.
 */
class AccessMatrixIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** null stands for "no token". */
    private static final List<Role> CALLERS = Arrays.asList(null, Role.VIEWER, Role.OPERATOR, Role.ADMIN);

    private static PostgresTestDatabase database;
    private static OpsledgerServer server;
    private static final Map<Role, String> tokens = new LinkedHashMap<>();

    @BeforeAll
    static void start() {
        database = PostgresTestDatabase.freshSchema();
        server = OpsledgerServer.onPostgres(database, "opsledger.backup.scan.enabled=false");
        tokens.put(Role.VIEWER, server.createToken("matrix-viewer", "VIEWER"));
        tokens.put(Role.OPERATOR, server.createToken("matrix-operator", "OPERATOR"));
        tokens.put(Role.ADMIN, server.createToken("matrix-admin", "ADMIN"));
    }

    @AfterAll
    static void stop() {
        server.close();
        database.drop();
    }

    @Test
    void everyQueryAndMutationIsAllowedExactlyWhereTheTableSays() throws Exception {
        GraphQLSchema schema = server.bean(GraphQlSource.class).schema();
        AccessPolicy policy = server.bean(AccessPolicy.class);
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (GraphQLObjectType root : List.of(schema.getQueryType(), schema.getMutationType())) {
            String operation = root == schema.getQueryType() ? "query" : "mutation";
            for (GraphQLFieldDefinition field : root.getFieldDefinitions()) {
                Role required = policy.roleFor(root.getName(), field.getName()).orElse(Role.ADMIN);
                Map<String, Object> request = request(operation, field);
                for (Role caller : CALLERS) {
                    long before = eventsBy(caller);
                    String outcome;
                    try {
                        outcome = outcome(server.webClient(caller == null ? null : tokens.get(caller), "/graphql")
                                .post().contentType(MediaType.APPLICATION_JSON).bodyValue(request).exchange()
                                .expectBody().returnResult(), field.getName());
                    } catch (IllegalStateException timeout) {
                        outcome = "no answer: " + timeout.getMessage();
                    }
                    String expected = expected(caller, required);
                    if (!outcome.equals(expected)) {
                        wrong.add("%s.%s as %s: expected %s, got %s".formatted(root.getName(), field.getName(),
                                caller, expected, outcome));
                    }
                    if (!expected.equals("ALLOWED") && eventsBy(caller) != before) {
                        wrong.add("%s.%s as %s was refused but appended events".formatted(root.getName(),
                                field.getName(), caller));
                    }
                    checked++;
                }
            }
        }
        assertThat(wrong).as("cases that disagree with graphql/access.yml").isEmpty();
        assertThat(checked).isGreaterThan(4 * 60);
    }

    @Test
    void everySubscriptionNeedsAValidTokenAtConnectionInitAndIsOpenToEveryRole() throws Exception {
        GraphQLSchema schema = server.bean(GraphQlSource.class).schema();
        List<String> wrong = new ArrayList<>();
        try (GraphQlWsConnection anonymous = server.rawWebSocket().init(null)) {
            assertThat(anonymous.closeStatus(Duration.ofSeconds(10)).getCode()).isEqualTo(4401);
        }
        for (Role caller : List.of(Role.VIEWER, Role.OPERATOR, Role.ADMIN)) {
            try (GraphQlWsConnection socket = server.rawWebSocket().init(tokens.get(caller))) {
                assertThat(socket.next(Duration.ofSeconds(10)).path("type").asText()).isEqualTo("connection_ack");
                int id = 0;
                for (GraphQLFieldDefinition field : schema.getSubscriptionType().getFieldDefinitions()) {
                    Map<String, Object> request = request("subscription", field);
                    socket.send(Map.of("type", "subscribe", "id", String.valueOf(++id), "payload", request));
                }
                // A refusal comes at once; anything else (updates, or a domain error) means the field ran.
                JsonNode message;
                while ((message = socket.next(Duration.ofMillis(1500))) != null) {
                    String classifications = classifications(message.path("payload").path("errors").isMissingNode()
                            ? message.path("payload") : message.path("payload").path("errors"));
                    if (classifications.contains("FORBIDDEN") || classifications.contains("UNAUTHENTICATED")) {
                        wrong.add(caller + ": " + message);
                    }
                }
                assertThat(socket.isClosed()).isFalse();
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyHttpEndpointIsAllowedExactlyWhereTheTableSays() {
        AccessPolicy policy = server.bean(AccessPolicy.class);
        List<String> wrong = new ArrayList<>();
        List<Endpoint> endpoints = new ArrayList<>();
        for (HttpRule rule : policy.httpRules()) {
            rule.methods().forEach(method -> endpoints.add(new Endpoint(method, sample(rule.path()), rule.role(), false)));
        }
        // Requests no line allows: refused to every role.
        endpoints.add(new Endpoint(HttpMethod.DELETE, "/graphql", Optional.empty(), true));
        endpoints.add(new Endpoint(HttpMethod.POST, "/matrix-page", Optional.empty(), true));
        for (Endpoint endpoint : endpoints) {
            HttpMethod method = endpoint.method();
            String path = endpoint.path();
            for (Role caller : CALLERS) {
                long before = eventsBy(caller);
                // Over the shared keep-alive pool, as any client: a refusal leaves its connection reading
                // (KeepAliveAfterRefusalIT, QueuedRequestKeepAliveIT).
                WebTestClient.RequestBodySpec request = server.webClient(caller == null ? null : tokens.get(caller), path)
                        .method(method);
                boolean withBody = method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
                int status = (withBody ? request.contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(path.equals("/graphql") ? "{\"query\":\"{ serverVersion }\"}" : "{}") : request)
                        .exchange().returnResult(Void.class).getStatus().value();
                String expected = endpoint.unlisted() ? (caller == null ? "401" : "403")
                        : endpoint.required().isEmpty() ? "ALLOWED"
                        : expected(caller, endpoint.required().get()).equals("ALLOWED") ? "ALLOWED"
                        : caller == null ? "401" : "403";
                String outcome = status == 401 || status == 403 ? String.valueOf(status) : "ALLOWED";
                if (!outcome.equals(expected)) {
                    wrong.add("%s %s as %s: expected %s, got %d".formatted(method, path, caller, expected, status));
                }
                if (!expected.equals("ALLOWED") && eventsBy(caller) != before) {
                    wrong.add("%s %s as %s was refused but appended events".formatted(method, path, caller));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** A request to send: the role the table asks for it (none: public), or no line at all. */
    private record Endpoint(HttpMethod method, String path, Optional<Role> required, boolean unlisted) {
    }

    private static String sample(String pattern) {
        return pattern.replace("/**", pattern.startsWith("/ping") ? "/" + UUID.randomUUID() : "/matrix-page");
    }

    private static String expected(Role caller, Role required) {
        if (caller == null) {
            return "UNAUTHENTICATED";
        }
        return caller.includes(required) ? "ALLOWED" : "FORBIDDEN";
    }

    /** UNAUTHENTICATED (401), FORBIDDEN (the field refused), or ALLOWED (it ran, whatever it answered). */
    private static String outcome(EntityExchangeResult<byte[]> result, String field) throws Exception {
        JsonNode body = JSON.readTree(result.getResponseBodyContent());
        String classifications = classifications(body.path("errors"));
        if (result.getStatus().value() == 401) {
            return classifications.contains("UNAUTHENTICATED") ? "UNAUTHENTICATED" : "401 without UNAUTHENTICATED";
        }
        if (classifications.contains("FORBIDDEN")) {
            return body.path("data").path(field).isNull() || body.path("data").isNull() ? "FORBIDDEN" : "FORBIDDEN with data";
        }
        if (classifications.contains("UNAUTHENTICATED") || classifications.contains("RATE_LIMITED")) {
            return classifications;
        }
        return result.getStatus().is2xxSuccessful() ? "ALLOWED" : "HTTP " + result.getStatus().value();
    }

    private static String classifications(JsonNode errors) {
        Set<String> found = new TreeSet<>();
        errors.forEach(error -> found.add(error.path("extensions").path("classification").asText()));
        return String.join(",", found);
    }

    /** A document calling {@code field} with every required argument, as variables of the right type. */
    private static Map<String, Object> request(String operation, GraphQLFieldDefinition field) {
        Map<String, Object> variables = new LinkedHashMap<>();
        List<String> declarations = new ArrayList<>();
        List<String> arguments = new ArrayList<>();
        for (GraphQLArgument argument : field.getArguments()) {
            if (!GraphQLTypeUtil.isNonNull(argument.getType())) {
                continue;
            }
            variables.put(argument.getName(), value(argument.getType()));
            declarations.add("$" + argument.getName() + ": " + GraphQLTypeUtil.simplePrint(argument.getType()));
            arguments.add(argument.getName() + ": $" + argument.getName());
        }
        GraphQLType result = GraphQLTypeUtil.unwrapAll(field.getType());
        String selection = result instanceof GraphQLScalarType || result instanceof GraphQLEnumType ? "" : " { __typename }";
        String document = operation + (declarations.isEmpty() ? "" : "(" + String.join(", ", declarations) + ")")
                + " { " + field.getName() + (arguments.isEmpty() ? "" : "(" + String.join(", ", arguments) + ")")
                + selection + " }";
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("query", document);
        request.put("variables", variables);
        return request;
    }

    private static Object value(GraphQLType type) {
        GraphQLType bare = GraphQLTypeUtil.unwrapNonNull(type);
        if (bare instanceof GraphQLList list) {
            return List.of(value(list.getWrappedType()));
        }
        if (bare instanceof GraphQLEnumType enumType) {
            return enumType.getValues().getFirst().getName();
        }
        if (bare instanceof GraphQLInputObjectType input) {
            return input.getFieldDefinitions().stream()
                    .filter(inputField -> GraphQLTypeUtil.isNonNull(inputField.getType()) && !inputField.hasSetDefaultValue())
                    .collect(Collectors.toMap(GraphQLInputObjectField::getName, inputField -> value(inputField.getType()),
                            (a, b) -> a, LinkedHashMap::new));
        }
        return switch (((GraphQLScalarType) bare).getName()) {
            case "ID" -> UUID.randomUUID().toString();
            case "Int" -> 1;
            case "Float" -> 1.0;
            case "Boolean" -> false;
            case "DateTime" -> Instant.now().toString();
            case "Date" -> LocalDate.now().toString();
            default -> "matrix";
        };
    }

    /**
     * Events whose metadata names this caller as principal (a refused request must add none); by
     * principal, so that events the server appends on its own meanwhile (deadlines) do not count.
     */
    private static long eventsBy(Role caller) {
        String principal = caller == null ? "anonymous" : "matrix-" + caller.name().toLowerCase(java.util.Locale.ROOT);
        return server.jdbc().sql("SELECT COUNT(*) FROM domainevententry WHERE convert_from(metadata, 'UTF8') LIKE :p")
                .param("p", "%\"principal\":\"" + principal + "\"%").query(Long.class).single();
    }
}
