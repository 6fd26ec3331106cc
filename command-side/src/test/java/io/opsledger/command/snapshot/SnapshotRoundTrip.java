package io.opsledger.command.snapshot;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that an aggregate survives a snapshot: its state written and read back by the serializer
 * the application uses for snapshots (Axon's {@code JacksonSerializer} over Axon's default
 * {@code ObjectMapper}, as {@code axon.serializer.general: jackson} configures it), then the
 * events after the snapshot applied, equals the state a full replay builds, field by field.
 */
public final class SnapshotRoundTrip {

    /** What Axon's Spring Boot auto-configuration builds for {@code axon.serializer.general: jackson}. */
    public static final JacksonSerializer SERIALIZER = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules())
            .build();

    private SnapshotRoundTrip() {
    }

    /**
     * @param history the events up to the snapshot (the first one creates the aggregate)
     * @param after   the events that follow it
     * @return the aggregate restored from the snapshot and brought up to date
     */
    public static <T> T assertSnapshotRestoresState(Class<T> type, String aggregateId, List<?> history, List<?> after) {
        List<Object> payloads = new ArrayList<>(history);
        payloads.addAll(after);
        List<DomainEventMessage<?>> events = AggregateReplay.asDomainEvents(type.getSimpleName(), aggregateId, 0, payloads);
        T fullReplay = AggregateReplay.replay(type, events);
        T atSnapshot = AggregateReplay.replay(type, events.subList(0, history.size()));

        SerializedObject<byte[]> snapshot = SERIALIZER.serialize(atSnapshot, byte[].class);
        T restored = SERIALIZER.deserialize(snapshot);
        assertThat(restored).usingRecursiveComparison().isEqualTo(atSnapshot);

        T continued = AggregateReplay.continueWith(type, restored, events.subList(history.size(), events.size()));
        assertThat(continued).usingRecursiveComparison().isEqualTo(fullReplay);
        return continued;
    }
}
