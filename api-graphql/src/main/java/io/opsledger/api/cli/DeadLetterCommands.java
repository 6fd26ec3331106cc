package io.opsledger.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code deadletters list|retry|evict}, against a running server (administrators only, as the API). */
@Command(name = "deadletters", mixinStandardHelpOptions = true,
        description = "Events a read model or policy could not handle, parked: list them, retry them, evict one.",
        subcommands = {DeadLetterCommands.ListLetters.class, DeadLetterCommands.Retry.class, DeadLetterCommands.Evict.class})
final class DeadLetterCommands {

    private static final String FIELDS = "id processingGroup entity eventType eventId cause firstFailure lastAttempt attempts";

    private DeadLetterCommands() {
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Parked events, oldest first.")
    static final class ListLetters extends ServerOptions implements Callable<Integer> {
        @Option(names = "--group", description = "Only this processing group, e.g. plan-overview.")
        String group;

        @Override
        public Integer call() {
            JsonNode letters = client().execute("query L($group: String) { deadLetters(processingGroup: $group) { " + FIELDS + " } }",
                    variable("group", group)).path("deadLetters");
            if (!printedAsJson(letters)) {
                table(this, letters);
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "retry", mixinStandardHelpOptions = true,
            description = "Hand the parked events back to their handlers, oldest first per entity.")
    static final class Retry extends ServerOptions implements Callable<Integer> {
        @Option(names = "--group", description = "Only this processing group; all when absent.")
        String group;

        @Override
        public Integer call() {
            JsonNode payload = client().mutate("mutation R($input: RetryDeadLettersInput) { retryDeadLetters(input: $input) {"
                    + " applied remaining { " + FIELDS + " } errors { code message } } }",
                    Map.of("input", variable("processingGroup", group)), "retryDeadLetters");
            if (!printedAsJson(payload)) {
                out().println(payload.path("applied").asInt() + " applied, " + payload.path("remaining").size() + " still parked");
                if (!payload.path("remaining").isEmpty()) {
                    table(this, payload.path("remaining"));
                }
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "evict", mixinStandardHelpOptions = true,
            description = "Drop one parked event for good: that read model never applies it (a replay rebuilds it).")
    static final class Evict extends ServerOptions implements Callable<Integer> {
        @Parameters(index = "0", description = "The dead letter's id, as `deadletters list` shows it.")
        String id;

        @Override
        public Integer call() {
            JsonNode evicted = client().mutate("mutation E($input: EvictDeadLetterInput!) { evictDeadLetter(input: $input) {"
                    + " evicted { " + FIELDS + " } errors { code message } } }", Map.of("input", Map.of("id", id)), "evictDeadLetter")
                    .path("evicted");
            if (!printedAsJson(evicted)) {
                out().println("evicted " + evicted.path("eventType").asText() + " of " + evicted.path("entity").asText()
                        + " from " + evicted.path("processingGroup").asText() + " (" + evicted.path("id").asText() + ")");
            }
            return ExitCode.OK;
        }
    }

    /** A variables map that leaves out an absent optional argument (Map.of refuses nulls). */
    private static Map<String, Object> variable(String name, String value) {
        Map<String, Object> variables = new HashMap<>();
        if (value != null) {
            variables.put(name, value);
        }
        return variables;
    }

    private static void table(ServerOptions options, JsonNode letters) {
        if (letters.isEmpty()) {
            options.out().println("no parked events");
            return;
        }
        options.out().printf("%-36s %-20s %-46s %-26s %8s %-24s %s%n", "ID", "GROUP", "ENTITY", "EVENT TYPE", "ATTEMPTS",
                "FIRST FAILURE", "CAUSE");
        for (JsonNode letter : letters) {
            options.out().printf("%-36s %-20s %-46s %-26s %8d %-24s %s%n", letter.path("id").asText(),
                    letter.path("processingGroup").asText(), letter.path("entity").asText(), letter.path("eventType").asText(),
                    letter.path("attempts").asInt(), letter.path("firstFailure").asText(),
                    letter.path("cause").isNull() ? "(waits behind an earlier event)" : letter.path("cause").asText());
        }
    }
}
