package io.opsledger.api.readmodel;

import io.opsledger.query.readmodel.ProgressReporting;
import io.opsledger.query.readmodel.ReadModelProgress;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Read-model progress between instances on PostgreSQL. A projection's batch sends its positions
 * with {@code NOTIFY} inside its own transaction, so they are delivered only once it commits, to
 * every instance listening; each instance hands what others applied to its
 * {@link ReadModelProgress}. The listener blocks on its own connection until a notification
 * arrives; it is never interrupted, and stops when its own stop message comes through.
 */
@Component
@Conditional(OnPostgres.class)
class PostgresProgressRelay implements ProgressReporting.Relay, SmartLifecycle {

    static final String CHANNEL = "opsledger_read_model_progress";
    private static final Logger log = LoggerFactory.getLogger(PostgresProgressRelay.class);
    /** PostgreSQL refuses payloads of 8,000 bytes or more; a position takes about 80. */
    private static final int POSITIONS_PER_NOTIFICATION = 80;

    private final JdbcTemplate jdbc;
    private final DataSourceProperties database;
    private final ReadModelProgress progress;
    private final String instance = UUID.randomUUID().toString();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running;
    private Thread listener;

    PostgresProgressRelay(JdbcTemplate jdbc, DataSourceProperties database, ReadModelProgress progress) {
        this.jdbc = jdbc;
        this.database = database;
        this.progress = progress;
    }

    @Override
    public void publish(List<ProgressReporting.Position> positions) {
        for (int from = 0; from < positions.size(); from += POSITIONS_PER_NOTIFICATION) {
            StringBuilder payload = new StringBuilder(instance);
            for (ProgressReporting.Position position
                    : positions.subList(from, Math.min(positions.size(), from + POSITIONS_PER_NOTIFICATION))) {
                payload.append('\n').append(position.group()).append('\t').append(position.aggregateId())
                        .append('\t').append(position.sequence());
            }
            jdbc.query("SELECT pg_notify(?, ?)", resultSet -> null, CHANNEL, payload.toString());
        }
    }

    @Override
    public void start() {
        running = true;
        CountDownLatch listening = new CountDownLatch(1);
        listener = new Thread(() -> listen(listening), "read-model-progress-listener");
        listener.setDaemon(true);
        listener.start();
        try {
            // Start serving only once LISTEN is in place, so no committed batch goes unheard.
            listening.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        try {
            jdbc.query("SELECT pg_notify(?, ?)", resultSet -> null, CHANNEL, instance + "\nstop");
            stopped.await(5, TimeUnit.SECONDS);
        } catch (RuntimeException | InterruptedException e) {
            log.debug("Progress listener did not confirm its stop: {}", e.toString());
        }
    }

    /** Early to start and late to stop: listening before the processors commit, until after they stop. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen(CountDownLatch listening) {
        try {
            while (running) {
                try (Connection connection = DriverManager.getConnection(database.determineUrl(),
                        database.determineUsername(), database.determinePassword());
                     Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                    listening.countDown();
                    PGConnection notifications = connection.unwrap(PGConnection.class);
                    while (running) {
                        PGNotification[] received = notifications.getNotifications(0);
                        if (received != null) {
                            for (PGNotification notification : received) {
                                apply(notification.getParameter());
                            }
                        }
                    }
                } catch (SQLException e) {
                    if (running) {
                        log.warn("Read-model progress listener lost its connection ({}); reconnecting", e.getMessage());
                        // Wait a little before reconnecting; a stop ends the wait at once.
                        stopped.await(1, TimeUnit.SECONDS);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stopped.countDown();
        }
    }

    private void apply(String payload) {
        String[] lines = payload.split("\n");
        boolean own = lines[0].equals(instance);
        List<String[]> positions = new ArrayList<>(lines.length);
        for (int i = 1; i < lines.length; i++) {
            if (own && lines[i].equals("stop")) {
                running = false;
                return;
            }
            String[] fields = lines[i].split("\t");
            if (fields.length == 3) {
                positions.add(fields);
            }
        }
        if (!own) {
            // This instance's own batches were reported after their commit, locally.
            positions.forEach(fields -> progress.applied(fields[0], fields[1], Long.parseLong(fields[2])));
        }
    }
}
