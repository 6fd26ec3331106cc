package io.opsledger.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsledger.api.cli.GraphQlHttpClient.CliFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code audit history|at|diff|correlated}, against a running server. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Who changed what, when and why: an entity's history, its state at an instant, diffs, one request's events.",
        subcommands = {AuditCommands.History.class, AuditCommands.At.class, AuditCommands.Diff.class, AuditCommands.Correlated.class})
final class AuditCommands {

    private static final String EVENT_FIELDS = "globalPosition entityId entityType sequenceNumber type timestamp principal"
            + " correlationId causationId payload";

    private AuditCommands() {
    }

    @Command(name = "history", mixinStandardHelpOptions = true, description = "Every stored event of an entity, oldest first.")
    static final class History extends ServerOptions implements Callable<Integer> {
        @Parameters(index = "0", description = "The entity's id.")
        String id;

        @Override
        public Integer call() {
            return events(this, "entityHistory", "query H($id: ID!, $after: String) { entityHistory(id: $id, first: 500, after: $after)",
                    Map.of("id", id));
        }
    }

    @Command(name = "correlated", mixinStandardHelpOptions = true, description = "Every event one request caused, across entities.")
    static final class Correlated extends ServerOptions implements Callable<Integer> {
        @Parameters(index = "0", description = "The correlation id (X-Correlation-Id of the request).")
        String correlationId;

        @Override
        public Integer call() {
            return events(this, "correlated", "query C($c: ID!, $after: String) { correlated(correlationId: $c, first: 500, after: $after)",
                    Map.of("c", correlationId));
        }
    }

    @Command(name = "at", mixinStandardHelpOptions = true, description = "The entity as it was at an instant (JSON).")
    static final class At extends ServerOptions implements Callable<Integer> {
        @Parameters(index = "0", description = "The entity's id.")
        String id;

        @Parameters(index = "1", description = "The instant, ISO-8601, e.g. 2026-11-21T09:30:00Z.")
        String at;

        @Override
        public Integer call() {
            JsonNode snapshot = client().execute("query A($id: ID!, $at: DateTime!) { entityAt(id: $id, at: $at) {"
                    + " id entityType at exists revision state } }", Map.of("id", id, "at", at)).path("entityAt");
            if (snapshot.isNull() || snapshot.isMissingNode()) {
                throw new CliFailure(ExitCode.FAILED, "no entity " + id + " was ever stored");
            }
            if (!printedAsJson(snapshot)) {
                out().println(snapshot.path("entityType").asText() + " " + id + " at " + at + ": "
                        + (snapshot.path("exists").asBoolean() ? "revision " + snapshot.path("revision").asLong() : "did not exist yet"));
                out().println(snapshot.path("state").toPrettyString());
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "diff", mixinStandardHelpOptions = true, description = "What changed between two instants, field by field.")
    static final class Diff extends ServerOptions implements Callable<Integer> {
        @Parameters(index = "0", description = "The entity's id.")
        String id;

        @Option(names = "--from", required = true, description = "The earlier instant, ISO-8601.")
        String from;

        @Option(names = "--to", required = true, description = "The later instant, ISO-8601.")
        String to;

        @Override
        public Integer call() {
            JsonNode diff = client().execute("query D($id: ID!, $from: DateTime!, $to: DateTime!) { entityDiff(id: $id, from: $from, to: $to) {"
                    + " fromRevision toRevision changes { field before after principals events { sequenceNumber type principal } } } }",
                    Map.of("id", id, "from", from, "to", to)).path("entityDiff");
            if (diff.isNull() || diff.isMissingNode()) {
                throw new CliFailure(ExitCode.FAILED, "no entity " + id + " was ever stored");
            }
            if (!printedAsJson(diff)) {
                out().println("revision " + diff.path("fromRevision").asLong() + " -> " + diff.path("toRevision").asLong());
                for (JsonNode change : diff.path("changes")) {
                    out().println(change.path("field").asText() + ": " + change.path("before") + " -> " + change.path("after")
                            + " by " + change.path("principals") + " in " + change.path("events").size() + " event(s)");
                }
            }
            return ExitCode.OK;
        }
    }

    /** Pages through a Relay connection of audit events, printing one line per event (or one JSON array). */
    private static int events(ServerOptions options, String field, String head, Map<String, Object> arguments) {
        String document = head + " { edges { node { " + EVENT_FIELDS + " } } pageInfo { hasNextPage endCursor } } }";
        com.fasterxml.jackson.databind.node.ArrayNode all = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>(arguments);
            variables.put("after", after);
            JsonNode page = options.client().execute(document, variables).path(field);
            for (JsonNode edge : page.path("edges")) {
                JsonNode event = edge.path("node");
                all.add(event);
                if (!options.json) {
                    options.out().printf("%8d %-36s #%-4d %-28s %s %s corr=%s cause=%s%n", event.path("globalPosition").asLong(),
                            event.path("entityId").asText(), event.path("sequenceNumber").asLong(), event.path("type").asText(),
                            event.path("timestamp").asText(), event.path("principal").asText(),
                            event.path("correlationId").asText(), event.path("causationId").asText());
                }
            }
            after = page.path("pageInfo").path("hasNextPage").asBoolean() ? page.path("pageInfo").path("endCursor").asText() : null;
        } while (after != null);
        options.printedAsJson(all);
        return ExitCode.OK;
    }
}
