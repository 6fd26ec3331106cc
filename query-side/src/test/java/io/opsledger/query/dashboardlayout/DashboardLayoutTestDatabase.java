package io.opsledger.query.dashboardlayout;

import io.opsledger.kernel.dashboard.DashboardCreatedEvent;
import io.opsledger.kernel.dashboard.DashboardId;
import io.opsledger.kernel.dashboard.WidgetAddedEvent;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/** An in-memory H2 in PostgreSQL mode with the layout tables as Flyway creates them, for projection tests. */
public final class DashboardLayoutTestDatabase {

    private DashboardLayoutTestDatabase() {
    }

    public static JdbcClient empty() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        try (var script = DashboardLayoutTestDatabase.class
                .getResourceAsStream("/db/migration/readmodel/V30__dashboard_layout.sql")) {
            String sql = new String(Objects.requireNonNull(script).readAllBytes(), StandardCharsets.UTF_8);
            Arrays.stream(sql.replaceAll("(?m)^--.*$", "").split(";")).map(String::strip)
                    .filter(statement -> !statement.isEmpty())
                    .forEach(statement -> jdbc.sql(statement).update());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jdbc;
    }

    /** A database holding one dashboard with these widgets, applied through the projection. */
    public static JdbcClient withDashboard(DashboardId dashboardId, WidgetAddedEvent... widgets) {
        JdbcClient jdbc = empty();
        DashboardLayoutProjection projection = new DashboardLayoutProjection(jdbc);
        Instant at = Instant.parse("2026-11-21T09:30:00Z");
        projection.on(new DashboardCreatedEvent(dashboardId, "Test", at), 0);
        for (int i = 0; i < widgets.length; i++) {
            projection.on(widgets[i], i + 1, at);
        }
        return jdbc;
    }

    public static DashboardLayoutRepository repository(JdbcClient jdbc) {
        return new DashboardLayoutRepository(jdbc);
    }
}
