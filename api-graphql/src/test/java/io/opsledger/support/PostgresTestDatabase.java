package io.opsledger.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A real PostgreSQL for integration tests, reached over TCP. Each test class gets a schema of
 * its own, so event stores never mix. An unreachable server fails the test with instructions;
 * it is never a reason to skip.
 *
 * <p>Configured by {@code OPSLEDGER_TEST_DB_URL} (default {@value #DEFAULT_URL}),
 * {@code OPSLEDGER_TEST_DB_USER} (default postgres) and {@code OPSLEDGER_TEST_DB_PASSWORD}.
 */
public final class PostgresTestDatabase {

    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private final String baseUrl = env("OPSLEDGER_TEST_DB_URL", DEFAULT_URL);
    private final String user = env("OPSLEDGER_TEST_DB_USER", "postgres");
    private final String password = env("OPSLEDGER_TEST_DB_PASSWORD", "");
    private final String schema;

    private PostgresTestDatabase(String schema) {
        this.schema = schema;
    }

    /** Creates an empty schema for one test class. */
    public static PostgresTestDatabase freshSchema() {
        PostgresTestDatabase database = new PostgresTestDatabase(
                "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT));
        database.execute("CREATE SCHEMA " + database.schema);
        return database;
    }

    /** The JDBC URL that puts the application, and Flyway, in this schema. */
    public String url() {
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String schema() {
        return schema;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user, password);
    }

    public void drop() {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(baseUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("""
                    PostgreSQL is not reachable at %s as user '%s' (%s).
                    The integration tests need a real PostgreSQL. Start the local one with:
                        pg_ctlcluster --skip-systemctl-redirect 15 main start
                    or point OPSLEDGER_TEST_DB_URL / OPSLEDGER_TEST_DB_USER / OPSLEDGER_TEST_DB_PASSWORD at another server."""
                    .formatted(baseUrl, user, e.getMessage()), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
