package io.opsledger.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Option;

/** A verb that talks to a running server and can print its answer as JSON, for scripts. */
class ServerOptions extends ServerConnection {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--json", description = "Print the answer as JSON, for scripts.")
    boolean json;

    /** Prints {@code node} as JSON when --json was given; returns whether it did. */
    boolean printedAsJson(JsonNode node) {
        if (json) {
            try {
                out().println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            out().flush();
        }
        return json;
    }
}
