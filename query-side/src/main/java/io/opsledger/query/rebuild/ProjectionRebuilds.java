package io.opsledger.query.rebuild;

import io.opsledger.query.rebuild.RebuildStatus.Purpose;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Starts, cancels and reports rebuilds and consistency checks of projections, one at a time per
 * processing group and purpose, and resumes those a crash interrupted when the application is ready.
 */
@Component
public class ProjectionRebuilds {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);
    /** How long a stop waits for a running rebuild's processor to finish its batch. */
    private static final long SUSPEND_WAIT_MILLIS = 60_000;

    private final Map<String, RebuildTarget> targets = new TreeMap<>();
    private final Map<String, ProjectionRebuild> running = new ConcurrentHashMap<>();
    private final List<Consumer<RebuildStatus>> listeners = new CopyOnWriteArrayList<>();
    private final RebuildContext context;

    ProjectionRebuilds(List<RebuildableReadModel> readModels, ObjectProvider<RebuildTarget> otherTargets,
                       Configuration axon, EventStore eventStore, JdbcClient jdbc, PlatformTransactionManager transactions,
                       ListableBeanFactory beans, DataSource dataSource, DataSourceProperties properties,
                       @Value("${opsledger.rebuild.batch-size:500}") int batchSize) throws SQLException {
        boolean postgres;
        String liveSchema;
        try (Connection connection = dataSource.getConnection()) {
            liveSchema = connection.getSchema();
            postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
        ShadowSchema.Database database = new ShadowSchema.Database(properties.determineUrl(),
                properties.determineUsername(), properties.determinePassword(), liveSchema, postgres);
        this.context = new RebuildContext(axon.eventProcessingConfiguration(), eventStore, axon.serializer(), jdbc,
                transactions, beans, database, batchSize, this::publish, this::ended);
        for (RebuildableReadModel readModel : readModels) {
            targets.putIfAbsent(readModel.processingGroup(), new ShadowSchemaTarget(readModel, context));
        }
        for (RebuildTarget target : otherTargets.orderedStream().toList()) {
            targets.putIfAbsent(target.processingGroup(), target);
        }
    }

    /** The projections that can be rebuilt, by processing group. */
    public List<String> rebuildable() {
        return List.copyOf(targets.keySet());
    }

    public boolean isRunning(String group) {
        return running.keySet().stream().anyMatch(key -> key.startsWith(group + "@"));
    }

    /**
     * @throws IllegalArgumentException when the group is unknown or already being rebuilt or checked
     */
    public RebuildStatus start(String group, Purpose purpose) {
        RebuildTarget target = target(group);
        if (isRunning(group)) {
            throw new RebuildRejectedException(RebuildRejectedException.REBUILD_ALREADY_RUNNING, "name: projection '"
                    + group + "' is already being rebuilt or checked; wait for it or cancel it");
        }
        context.liveProcessor(group);
        String aside = target.asideName(purpose);
        Instant now = Instant.now();
        context.log().started(group, purpose, aside, now);
        return launch(target, purpose, aside, now).status();
    }

    /** The running one's live status, else how the last one ended; empty when there never was one. */
    public Optional<RebuildStatus> status(String group, Purpose purpose) {
        target(group);
        ProjectionRebuild rebuild = running.get(key(group, purpose));
        if (rebuild != null) {
            return Optional.of(rebuild.status());
        }
        return context.log().find(group, purpose).map(entry -> new RebuildStatus(group, purpose, entry.state(),
                entry.finalPosition() == null ? -1 : entry.finalPosition(), context.head(),
                entry.state() == RebuildStatus.State.DONE ? 100.0 : 0.0, 0, null, entry.startedAt(),
                entry.finishedAt(), entry.message(), entry.differingRows(), entry.differences()));
    }

    /** Cancels what runs for the group; false when nothing did. The old tables serve throughout. */
    public boolean cancel(String group) {
        target(group);
        boolean any = false;
        for (Purpose purpose : Purpose.values()) {
            ProjectionRebuild rebuild = running.get(key(group, purpose));
            if (rebuild != null) {
                rebuild.cancel();
                any = true;
            }
        }
        return any;
    }

    /** Called with each change of any rebuild's status; the returned action unregisters. */
    public Runnable listen(Consumer<RebuildStatus> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeInterrupted() {
        for (RebuildLog.Entry entry : context.log().running()) {
            RebuildTarget target = targets.get(entry.group());
            if (target == null || running.containsKey(key(entry.group(), entry.purpose()))) {
                continue;
            }
            if (entry.purpose() == Purpose.REBUILD && target.switchedIn(entry.shadowSchema())) {
                log.info("The rebuild of {} was switched in just before a stop", entry.group());
                context.log().finished(entry.group(), entry.purpose(), RebuildStatus.State.DONE, null,
                        "rebuilt and switched in", 0, List.of());
                continue;
            }
            log.info("Resuming the {} of {} interrupted by a stop", entry.purpose(), entry.group());
            launch(target, entry.purpose(), entry.shadowSchema(), entry.startedAt());
        }
    }

    /**
     * Before Axon stops the live processors (a stopped live processor would look caught up): each
     * running rebuild is left as it stands, its processor stopped and its aside copy kept, to resume
     * at the next start.
     */
    @EventListener(ContextClosedEvent.class)
    void suspendAll() throws InterruptedException {
        for (ProjectionRebuild rebuild : running.values()) {
            rebuild.suspend(SUSPEND_WAIT_MILLIS);
        }
    }

    private ProjectionRebuild launch(RebuildTarget target, Purpose purpose, String aside, Instant startedAt) {
        ProjectionRebuild rebuild = new ProjectionRebuild(context, target, purpose, aside, startedAt);
        running.put(key(target.processingGroup(), purpose), rebuild);
        Thread.ofPlatform().name("rebuild-" + target.processingGroup()).daemon().start(rebuild);
        return rebuild;
    }

    private RebuildTarget target(String group) {
        RebuildTarget target = targets.get(group);
        if (target == null) {
            throw new RebuildRejectedException(RebuildRejectedException.PROJECTION_UNKNOWN, "name: '" + group
                    + "' is not a projection that can be rebuilt (known: " + String.join(", ", rebuildable()) + ")");
        }
        return target;
    }

    private void publish(ProjectionRebuild rebuild) {
        if (!listeners.isEmpty()) {
            RebuildStatus status = rebuild.status();
            listeners.forEach(listener -> listener.accept(status));
        }
    }

    private void ended(ProjectionRebuild rebuild) {
        running.remove(key(rebuild.group(), rebuild.purpose()));
        if (!listeners.isEmpty()) {
            status(rebuild.group(), rebuild.purpose()).ifPresent(status -> listeners.forEach(listener -> listener.accept(status)));
        }
    }

    private static String key(String group, Purpose purpose) {
        return group + "@" + purpose;
    }
}
