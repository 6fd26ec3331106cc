package io.opsledger.api.deadletter;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Lists, retries and evicts the dead letters of every processing group that has a queue. */
@Component
class DeadLetters {

    private final EventProcessingConfiguration processing;
    private final DeadLetterAlerts alerts;

    DeadLetters(EventProcessingConfiguration processing, DeadLetterAlerts alerts) {
        this.processing = processing;
        this.alerts = alerts;
    }

    /** Oldest first; {@code processingGroup} null means every group. */
    List<DeadLetterView> list(String processingGroup) {
        List<DeadLetterView> views = new ArrayList<>();
        for (String group : groups(processingGroup)) {
            processing.deadLetterQueue(group).ifPresent(queue -> {
                for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                    sequence.forEach(letter -> views.add(DeadLetterView.of(group, letter)));
                }
            });
        }
        views.sort(Comparator.comparing(DeadLetterView::firstFailure));
        return views;
    }

    /**
     * Hands every parked sequence back to its handlers, oldest event first; a sequence whose head
     * fails again stays parked (one more attempt counted) and the others still go. Returns how
     * many events were applied.
     */
    int retry(String processingGroup) {
        List<DeadLetterView> before = list(processingGroup);
        for (String group : groups(processingGroup)) {
            Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue = processing.deadLetterQueue(group);
            Optional<SequencedDeadLetterProcessor<EventMessage<?>>> processor = processing.sequencedDeadLetterProcessor(group);
            if (queue.isEmpty() || processor.isEmpty()) {
                continue;
            }
            long sequences = queue.get().amountOfSequences();
            for (long i = 0; i < sequences && processor.get().processAny(); i++) {
                // each round applies one whole sequence; bounded so a sequence that fails again is not retried in a loop
            }
        }
        List<DeadLetterView> after = list(processingGroup);
        clearAlertsOfEntitiesNoLongerParked(before, after);
        return before.size() - after.size();
    }

    /** Removes one dead letter for good (its event is not applied); empty when no such letter waits. */
    Optional<DeadLetterView> evict(String id) {
        List<DeadLetterView> before = list(null);
        for (String group : groups(null)) {
            Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue = processing.deadLetterQueue(group);
            if (queue.isEmpty()) {
                continue;
            }
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.get().deadLetters()) {
                for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                    if (((JdbcDeadLetter<?>) letter).getIdentifier().equals(id)) {
                        DeadLetterView view = DeadLetterView.of(group, letter);
                        queue.get().evict(letter);
                        clearAlertsOfEntitiesNoLongerParked(before, list(null));
                        return Optional.of(view);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private void clearAlertsOfEntitiesNoLongerParked(List<DeadLetterView> before, List<DeadLetterView> after) {
        Set<String> stillParked = new HashSet<>();
        after.forEach(view -> stillParked.add(view.entity()));
        before.stream().map(DeadLetterView::entity).distinct()
                .filter(entity -> !stillParked.contains(entity))
                .forEach(alerts::cleared);
    }

    private List<String> groups(String processingGroup) {
        return processingGroup == null ? List.copyOf(processing.eventProcessors().keySet()) : List.of(processingGroup);
    }
}
