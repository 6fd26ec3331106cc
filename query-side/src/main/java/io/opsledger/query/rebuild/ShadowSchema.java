package io.opsledger.query.rebuild;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * A schema beside the live one holding a fresh copy of the read-model tables, created by the read
 * model's own Flyway migrations. Its data source resolves unqualified names in the shadow schema
 * first and in the live schema next, so a projection writes its tables there while Axon's token
 * table (only in the live schema) is found as usual, in the same transaction.
 */
final class ShadowSchema implements AutoCloseable {

    static final String READ_MODEL_MIGRATIONS = "classpath:db/migration/readmodel";

    private final String name;
    private final String liveSchema;
    private final boolean postgres;
    private final HikariDataSource pool;
    private final DelegatingDataSource dataSource;

    private ShadowSchema(String name, String liveSchema, boolean postgres, HikariDataSource pool) {
        this.name = name;
        this.liveSchema = liveSchema;
        this.postgres = postgres;
        this.pool = pool;
        this.dataSource = new DelegatingDataSource(pool) {
            @Override
            public Connection getConnection() throws SQLException {
                Connection connection = super.getConnection();
                try (Statement statement = connection.createStatement()) {
                    if (ShadowSchema.this.postgres) {
                        statement.execute("SET search_path TO " + quote(name) + ", " + quote(liveSchema));
                    } else {
                        statement.execute("SET SCHEMA " + quote(name));
                        statement.execute("SET SCHEMA_SEARCH_PATH " + quote(name) + ", " + quote(liveSchema));
                    }
                }
                return connection;
            }
        };
    }

    /** The shadow schema's name for a processing group and a purpose (rebuild, verify). */
    static String nameFor(String liveSchema, String purpose, String group) {
        return (liveSchema + "_" + purpose + "_" + group).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    }

    /** Opens (and, when missing, creates with the read-model migrations) a shadow schema. */
    static ShadowSchema open(Database database, String name) {
        Flyway.configure()
                .dataSource(database.url(), database.user(), database.password())
                .schemas(name)
                .defaultSchema(name)
                .createSchemas(true)
                .locations(READ_MODEL_MIGRATIONS)
                .load()
                .migrate();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.url());
        config.setUsername(database.user());
        config.setPassword(database.password());
        config.setMaximumPoolSize(3);
        config.setPoolName("shadow-" + name);
        return new ShadowSchema(name, database.liveSchema(), database.postgres(), new HikariDataSource(config));
    }

    String name() {
        return name;
    }

    javax.sql.DataSource dataSource() {
        return dataSource;
    }

    /** The shadow copy of a table, for SQL run on the live schema's connections. */
    String table(String table) {
        return quote(name) + "." + table;
    }

    @Override
    public void close() {
        pool.close();
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "") + "\"";
    }

    /** How to reach the live database, and what kind it is. */
    record Database(String url, String user, String password, String liveSchema, boolean postgres) {
    }
}
