package io.opsledger.bench.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A throwaway schema in the benchmark's PostgreSQL (default {@code jdbc:postgresql://127.0.0.1:5432/test},
 * user postgres; override with {@code OPSLEDGER_BENCH_DB_URL}, {@code OPSLEDGER_BENCH_DB_USER},
 * {@code OPSLEDGER_BENCH_DB_PASSWORD}). Every server and every baseline gets a fresh one.
 */
public final class PgSchema implements AutoCloseable {

    private static final String BASE_URL = env("OPSLEDGER_BENCH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = env("OPSLEDGER_BENCH_DB_USER", "postgres");
    private static final String PASSWORD = env("OPSLEDGER_BENCH_DB_PASSWORD", "");

    private final String name;

    private PgSchema(String name) {
        this.name = name;
    }

    public static PgSchema fresh(String purpose) throws SQLException {
        PgSchema schema = new PgSchema(("bench_" + purpose + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8)).toLowerCase(Locale.ROOT));
        try (Connection connection = DriverManager.getConnection(BASE_URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema.name);
        } catch (SQLException e) {
            throw new SQLException("PostgreSQL is not reachable at " + BASE_URL + " as " + USER
                    + " (start it: pg_ctlcluster --skip-systemctl-redirect 15 main start): " + e.getMessage(), e);
        }
        return schema;
    }

    public String name() {
        return name;
    }

    public String url() {
        return BASE_URL + (BASE_URL.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, PASSWORD);
    }

    /** Runs a migration script (statements separated by semicolons, {@code --} comments). */
    public void runScript(String script) throws SQLException {
        StringBuilder withoutComments = new StringBuilder();
        for (String line : script.split("\n")) {
            int comment = line.indexOf("--");
            withoutComments.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : withoutComments.toString().split(";")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
    }

    /** PostgreSQL's version string, for the results header. */
    public String serverVersion() throws SQLException {
        try (Connection connection = connect()) {
            return connection.getMetaData().getDatabaseProductVersion();
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = DriverManager.getConnection(BASE_URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
