package io.opsledger.query.live;

import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The live-updates processor of this instance: its token lives in memory, so every instance runs
 * its own, and it starts at the head of the event store, because a subscriber cares about what
 * happens from now on.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class LiveUpdatesConfiguration {

    @Autowired
    void configure(EventProcessingConfigurer processing) {
        processing.registerTokenStore(LiveUpdates.PROCESSING_GROUP, configuration -> new InMemoryTokenStore());
        processing.registerTrackingEventProcessor(LiveUpdates.PROCESSING_GROUP, Configuration::eventStore,
                configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
    }
}
