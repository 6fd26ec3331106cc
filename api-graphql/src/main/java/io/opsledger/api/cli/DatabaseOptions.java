package io.opsledger.api.cli;

import org.springframework.jdbc.datasource.DriverManagerDataSource;
import picocli.CommandLine.Option;

import javax.sql.DataSource;

/** A database reached straight over JDBC, for the verbs that work without a server. */
class DatabaseOptions {

    @Option(names = "--db-url", defaultValue = "${OPSLEDGER_DB_URL}",
            description = "JDBC URL, e.g. jdbc:postgresql://127.0.0.1:5432/opsledger or jdbc:h2:file:./data/opsledger"
                    + " (default: $OPSLEDGER_DB_URL).")
    String url;

    @Option(names = "--db-user", defaultValue = "${OPSLEDGER_DB_USER:-postgres}", description = "Database user (default: ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--db-password", defaultValue = "${OPSLEDGER_DB_PASSWORD:-}", description = "Database password.")
    String password;

    DataSource dataSource() {
        if (url == null || url.isBlank()) {
            throw new GraphQlHttpClient.CliFailure(ExitCode.USAGE, "--db-url: a JDBC URL is required (or set OPSLEDGER_DB_URL)");
        }
        return new DriverManagerDataSource(url, user, password);
    }
}
