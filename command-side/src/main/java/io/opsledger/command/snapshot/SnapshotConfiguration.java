package io.opsledger.command.snapshot;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One snapshot trigger for every event-sourced aggregate (each names it in its {@code @Aggregate}):
 * after {@code opsledger.snapshots.every} events loaded or applied since the last snapshot, Axon's
 * snapshotter writes the aggregate's state, as Jackson serializes it, to {@code snapshotevententry}
 * once the unit of work commits. Loading then reads that snapshot and the events after it.
 * Each aggregate carries an {@code @Revision}: a snapshot of another revision is ignored (the
 * aggregate is replayed from its events and snapshotted again), so changing the shape of an
 * aggregate's state only needs that revision raised.
 */
@Configuration(proxyBeanMethods = false)
public class SnapshotConfiguration {

    /** The bean name every aggregate's {@code snapshotTriggerDefinition} refers to. */
    public static final String TRIGGER = "aggregateSnapshotTrigger";

    @Bean(TRIGGER)
    SnapshotTriggerDefinition aggregateSnapshotTrigger(Snapshotter snapshotter,
                                                       @Value("${opsledger.snapshots.every:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
