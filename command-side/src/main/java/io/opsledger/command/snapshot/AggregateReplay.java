package io.opsledger.command.snapshot;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds an aggregate from a list of its events with its own event-sourcing handlers, as the
 * repository does when it loads one, without an event store: to read an aggregate's state as of
 * any point of its history (audit), and to check that a snapshot restores what a full replay builds.
 */
public final class AggregateReplay {

    private AggregateReplay() {
    }

    /** Replays {@code events} (in order; sequence numbers are read from them) onto a fresh {@code type}. */
    public static <T> T replay(Class<T> type, List<? extends DomainEventMessage<?>> events) {
        return continueWith(type, newInstance(type), events);
    }

    /**
     * Applies {@code events} to an aggregate restored from elsewhere (a snapshot, say), as the
     * repository applies the events that follow a snapshot.
     */
    public static <T> T continueWith(Class<T> type, T aggregateRoot, List<? extends DomainEventMessage<?>> events) {
        if (events.isEmpty()) {
            return aggregateRoot;
        }
        AggregateModel<T> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(type);
        EventSourcedAggregate<T> aggregate = EventSourcedAggregate.initialize(aggregateRoot, model,
                SimpleEventBus.builder().build(), NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(DomainEventStream.of(new ArrayList<>(events)));
        return aggregate.getAggregateRoot();
    }

    /** Event payloads as the domain events of one aggregate, numbered from {@code firstSequence}. */
    public static List<DomainEventMessage<?>> asDomainEvents(String aggregateType, String aggregateId,
                                                             long firstSequence, List<?> payloads) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            messages.add(new GenericDomainEventMessage<>(aggregateType, aggregateId, firstSequence + i, payloads.get(i)));
        }
        return messages;
    }

    private static <T> T newInstance(Class<T> type) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(type.getName() + " has no no-argument constructor to replay into", e);
        }
    }
}
