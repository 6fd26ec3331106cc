package io.opsledger.query.rebuild;

import io.opsledger.query.rebuild.RebuildStatus.Purpose;
import jakarta.annotation.PreDestroy;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Starts, cancels and reports rebuilds and consistency checks of projections, one at a time per
 * processing group and purpose, and resumes those a crash interrupted when the application is ready.
 */
@Component
public class ProjectionRebuilds {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);

    private final Map<String, RebuildableReadModel> readModels;
    private final Map<String, ProjectionRebuild> running = new ConcurrentHashMap<>();
    private final List<Consumer<RebuildStatus>> listeners = new CopyOnWriteArrayList<>();
    private final RebuildContext context;
    private final String liveSchema;

    ProjectionRebuilds(List<RebuildableReadModel> readModels, Configuration axon, EventStore eventStore, JdbcClient jdbc,
                       PlatformTransactionManager transactions, ListableBeanFactory beans, DataSource dataSource,
                       DataSourceProperties properties,
                       @Value("${opsledger.rebuild.batch-size:500}") int batchSize) throws SQLException {
        this.readModels = readModels.stream()
                .collect(Collectors.toMap(RebuildableReadModel::processingGroup, model -> model, (a, b) -> a));
        boolean postgres;
        try (Connection connection = dataSource.getConnection()) {
            this.liveSchema = connection.getSchema();
            postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
        ShadowSchema.Database database = new ShadowSchema.Database(properties.determineUrl(),
                properties.determineUsername(), properties.determinePassword(), liveSchema, postgres);
        this.context = new RebuildContext(axon.eventProcessingConfiguration(), eventStore, axon.serializer(), jdbc,
                transactions, beans, database, batchSize, this::publish, this::ended);
    }

    /** The projections that can be rebuilt, by processing group. */
    public List<String> rebuildable() {
        return readModels.keySet().stream().sorted().toList();
    }

    public boolean isRunning(String group) {
        return running.keySet().stream().anyMatch(key -> key.startsWith(group + "@"));
    }

    /**
     * @throws IllegalArgumentException when the group is unknown or already being rebuilt or checked
     */
    public RebuildStatus start(String group, Purpose purpose) {
        RebuildableReadModel readModel = readModel(group);
        if (isRunning(group)) {
            throw new RebuildRejectedException(RebuildRejectedException.REBUILD_ALREADY_RUNNING, "name: projection '"
                    + group + "' is already being rebuilt or checked; wait for it or cancel it");
        }
        context.liveProcessor(group);
        String shadow = ShadowSchema.nameFor(liveSchema, purpose.name(), group);
        Instant now = Instant.now();
        context.log().started(group, purpose, shadow, now);
        return launch(readModel, purpose, shadow, now).status();
    }

    /** The running one's live status, else how the last one ended; empty when there never was one. */
    public Optional<RebuildStatus> status(String group, Purpose purpose) {
        readModel(group);
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
        readModel(group);
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
            RebuildableReadModel readModel = readModels.get(entry.group());
            if (readModel != null && !running.containsKey(key(entry.group(), entry.purpose()))) {
                log.info("Resuming the {} of {} interrupted by a stop", entry.purpose(), entry.group());
                launch(readModel, entry.purpose(), entry.shadowSchema(), entry.startedAt());
            }
        }
    }

    @PreDestroy
    void suspendAll() {
        running.values().forEach(ProjectionRebuild::suspend);
    }

    private ProjectionRebuild launch(RebuildableReadModel readModel, Purpose purpose, String shadow, Instant startedAt) {
        ProjectionRebuild rebuild = new ProjectionRebuild(context, readModel, purpose, shadow, startedAt);
        running.put(key(readModel.processingGroup(), purpose), rebuild);
        Thread.ofPlatform().name("rebuild-" + readModel.processingGroup()).daemon().start(rebuild);
        return rebuild;
    }

    private RebuildableReadModel readModel(String group) {
        RebuildableReadModel readModel = readModels.get(group);
        if (readModel == null) {
            throw new RebuildRejectedException(RebuildRejectedException.PROJECTION_UNKNOWN, "name: '" + group
                    + "' is not a projection that can be rebuilt (known: " + String.join(", ", rebuildable()) + ")");
        }
        return readModel;
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
