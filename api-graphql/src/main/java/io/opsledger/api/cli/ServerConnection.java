package io.opsledger.api.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;

/** The options of every verb that talks to a running server: where it is and the token to send. */
abstract class ServerConnection {

    @Option(names = "--server", defaultValue = "${OPSLEDGER_SERVER:-http://localhost:8080}",
            description = "Base URL of the Opsledger server (default: ${DEFAULT-VALUE}).")
    String server;

    @Option(names = "--token", defaultValue = "${OPSLEDGER_TOKEN}",
            description = "API token sent as a bearer token (default: $OPSLEDGER_TOKEN, else $OPSLEDGER_ADMIN_TOKEN, "
                    + "else the local admin key of a server on this machine, under --data-dir).")
    String token;

    @Option(names = "--data-dir", defaultValue = "${OPSLEDGER_DATA_DIR:-./data}",
            description = "The server's data directory, where it keeps its local admin key (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The token to send, as {@link Credentials#resolve} finds it; null when there is none. */
    String bearer() {
        return Credentials.resolve(token, dataDir);
    }

    GraphQlHttpClient client() {
        return new GraphQlHttpClient(server, bearer());
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
