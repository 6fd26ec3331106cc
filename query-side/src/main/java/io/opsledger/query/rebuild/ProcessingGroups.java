package io.opsledger.query.rebuild;

import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Lists every event processor of this instance with its position, lag, state and dead letters. */
@Component
public class ProcessingGroups {

    private final Configuration axon;
    private final EventStore eventStore;
    private final ProjectionRebuilds rebuilds;

    ProcessingGroups(Configuration axon, EventStore eventStore, ProjectionRebuilds rebuilds) {
        this.axon = axon;
        this.eventStore = eventStore;
        this.rebuilds = rebuilds;
    }

    public List<ProcessingGroupStatus> list() {
        EventProcessingConfiguration processing = axon.eventProcessingConfiguration();
        TrackingToken headToken = eventStore.createHeadToken();
        long head = headToken == null ? -1 : headToken.position().orElse(-1);
        Set<String> rebuildable = Set.copyOf(rebuilds.rebuildable());
        return processing.eventProcessors().values().stream()
                .sorted(java.util.Comparator.comparing(EventProcessor::getName))
                .map(processor -> status(processor, head, rebuildable.contains(processor.getName()),
                        processing.deadLetterQueue(processor.getName())
                                .map(queue -> queue.size()).orElse(null)))
                .toList();
    }

    private ProcessingGroupStatus status(EventProcessor processor, long head, boolean rebuildable, Long deadLetters) {
        String mode = processor instanceof TrackingEventProcessor ? "tracking"
                : processor instanceof StreamingEventProcessor ? "pooled" : "subscribing";
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            return new ProcessingGroupStatus(processor.getName(), mode, head, head, 0,
                    processor.isRunning() ? "RUNNING" : "STOPPED", 0, deadLetters, rebuildable);
        }
        Collection<EventTrackerStatus> segments = streaming.processingStatus().values();
        long position = segments.stream().mapToLong(segment -> segment.getCurrentPosition().orElse(-1))
                .min().orElse(-1);
        String state = rebuilds.isRunning(processor.getName()) ? "REBUILDING"
                : streaming.isError() || segments.stream().anyMatch(EventTrackerStatus::isErrorState) ? "ERROR"
                : streaming.isRunning() ? (segments.stream().allMatch(EventTrackerStatus::isCaughtUp) ? "RUNNING" : "CATCHING_UP")
                : "STOPPED";
        return new ProcessingGroupStatus(processor.getName(), mode, position, head, Math.max(0, head - position), state,
                segments.size(), deadLetters, rebuildable);
    }
}
