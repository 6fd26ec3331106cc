package io.opsledger.api.audit;

import org.axonframework.config.AggregateConfiguration;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Rebuilds an aggregate as it was at an instant the way Axon's event-sourcing repository does:
 * a fresh instance from the aggregate's factory, then its events (up to the instant, no snapshot)
 * through its own {@code @EventSourcingHandler}s, entities included. Nothing is published and no
 * command handler runs: the result is only read.
 */
@Component
class EntityReplayer {

    private final EventStore eventStore;
    private final Configuration axon;
    private final Map<Class<?>, AggregateModel<?>> models = new ConcurrentHashMap<>();

    EntityReplayer(EventStore eventStore, Configuration axon) {
        this.eventStore = eventStore;
        this.axon = axon;
    }

    /** An aggregate instance after its events up to an instant, and what was applied to build it. */
    record Replay(String entityId, String entityType, Object aggregate, List<DomainEventMessage<?>> applied) {

        boolean exists() {
            return !applied.isEmpty();
        }

        long revision() {
            return applied.isEmpty() ? -1 : applied.getLast().getSequenceNumber();
        }

        Instant createdAt() {
            return applied.isEmpty() ? null : applied.getFirst().getTimestamp();
        }

        Instant updatedAt() {
            return applied.isEmpty() ? null : applied.getLast().getTimestamp();
        }
    }

    /** Empty when no entity with this id was ever stored. */
    Optional<Replay> replay(String entityId, Instant upTo) {
        return replay(entityId, upTo, (event, aggregate) -> { });
    }

    /**
     * Replays the events stored up to {@code upTo}, calling {@code afterEach} once each event has
     * been applied, with the aggregate in the state that event left it in.
     */
    Optional<Replay> replay(String entityId, Instant upTo, BiConsumer<DomainEventMessage<?>, Object> afterEach) {
        List<DomainEventMessage<?>> stored = eventStore.readEvents(entityId, 0L).asStream()
                .<DomainEventMessage<?>>map(event -> event)
                .toList();
        if (stored.isEmpty() || stored.getFirst().getType() == null) {
            return Optional.empty();
        }
        String type = stored.getFirst().getType();
        List<DomainEventMessage<?>> events = stored.stream()
                .takeWhile(event -> !event.getTimestamp().isAfter(upTo))
                .toList();
        AggregateConfiguration<?> configuration = aggregate(type);
        if (events.isEmpty()) {
            return Optional.of(new Replay(entityId, type, null, events));
        }
        Object aggregate = rebuild(configuration, entityId, events, afterEach);
        return Optional.of(new Replay(entityId, type, aggregate, events));
    }

    private <A> A rebuild(AggregateConfiguration<A> configuration, String entityId, List<DomainEventMessage<?>> events,
                          BiConsumer<DomainEventMessage<?>, Object> afterEach) {
        @SuppressWarnings("unchecked")
        AggregateModel<A> model = (AggregateModel<A>) models.computeIfAbsent(configuration.aggregateType(),
                AnnotatedAggregateMetaModelFactory::inspectAggregate);
        A root = configuration.aggregateFactory().createAggregateRoot(entityId, events.getFirst());
        EventSourcedAggregate<A> aggregate = EventSourcedAggregate.initialize(root, model, null,
                NoSnapshotTriggerDefinition.TRIGGER);
        ObservedStream stream = new ObservedStream(events, event -> afterEach.accept(event, root));
        aggregate.initializeState(stream);
        stream.reportApplied();
        return root;
    }

    private AggregateConfiguration<?> aggregate(String type) {
        @SuppressWarnings("rawtypes")
        List<AggregateConfiguration> aggregates = axon.findModules(AggregateConfiguration.class);
        return aggregates.stream()
                .filter(candidate -> candidate.aggregateType().getSimpleName().equals(type))
                .findFirst()
                .map(candidate -> (AggregateConfiguration<?>) candidate)
                .orElseThrow(() -> new IllegalStateException("no aggregate of type " + type + " is configured"));
    }

    /**
     * The events as a stream that reports each one after it was applied: the repository asks
     * whether another event follows only once the previous one has gone through the handlers.
     */
    private static final class ObservedStream implements DomainEventStream {

        private final List<DomainEventMessage<?>> events;
        private final java.util.function.Consumer<DomainEventMessage<?>> applied;
        private int next;
        private int reported;

        ObservedStream(List<DomainEventMessage<?>> events, java.util.function.Consumer<DomainEventMessage<?>> applied) {
            this.events = events;
            this.applied = applied;
        }

        @Override
        public boolean hasNext() {
            reportApplied();
            return next < events.size();
        }

        /** Reports every event handed out so far; the last one is only known to be applied once the replay returns. */
        void reportApplied() {
            while (reported < next) {
                applied.accept(events.get(reported++));
            }
        }

        @Override
        public DomainEventMessage<?> next() {
            return events.get(next++);
        }

        @Override
        public DomainEventMessage<?> peek() {
            return events.get(next);
        }

        @Override
        public Long getLastSequenceNumber() {
            return next == 0 ? null : events.get(next - 1).getSequenceNumber();
        }
    }
}
