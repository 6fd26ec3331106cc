package io.opsledger.query.search;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;

/**
 * Starts the search processor once the application is ready and the embedding model is loaded,
 * whichever comes last; never after the application began to close.
 */
final class SearchProcessorStarter {

    private final TextEmbedder embedder;
    private final EventProcessingConfiguration processing;
    private volatile boolean closing;

    SearchProcessorStarter(TextEmbedder embedder, EventProcessingConfiguration processing) {
        this.embedder = embedder;
        this.processing = processing;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startWhenTheModelIsReady() {
        embedder.whenReady(this::start);
    }

    @EventListener(ContextClosedEvent.class)
    synchronized void stopStarting() {
        closing = true;
    }

    private synchronized void start() {
        if (!closing) {
            processing.eventProcessor(SearchProjection.PROCESSING_GROUP).ifPresent(EventProcessor::start);
        }
    }
}
