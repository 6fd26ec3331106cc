package io.opsledger.query.search;

import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The search index beside the database under the data directory ({@code search/index}, or the
 * directory a rebuild switched in, see {@link IndexDirectories}), the model's native files in
 * {@code search/work}, the search processor with its own token store, and its rebuild target.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean
    IndexDirectories searchIndexDirectories(@Value("${opsledger.data-dir:./data}") Path dataDir) {
        return new IndexDirectories(dataDir.resolve("search"));
    }

    /** The index that serves; the directory a switch replaced is deleted first if a stop came before. */
    @Bean(destroyMethod = "close")
    CurrentSearchIndex searchIndex(IndexDirectories directories,
                                   @Value("${opsledger.search.commit-interval:1s}") Duration commitInterval,
                                   @Value("${opsledger.search.background-nice:10}") int backgroundNice) {
        BackgroundPriority.configure(backgroundNice);
        directories.deleteReplaced();
        SearchIndex index = SearchIndex.open(directories.resolve(directories.current()), commitInterval);
        index.requireModel(MiniLmModel.NAME);
        return new CurrentSearchIndex(index);
    }

    @Bean
    SearchRebuildTarget searchRebuildTarget(CurrentSearchIndex index, IndexDirectories directories, TextEmbedder embedder,
                                            Serializer serializer,
                                            @Value("${opsledger.search.commit-interval:1s}") Duration commitInterval) {
        return new SearchRebuildTarget(index, directories, embedder, serializer, commitInterval);
    }

    @Bean
    TextEmbedder textEmbedder(@Value("${opsledger.data-dir:./data}") Path dataDir) {
        return TextEmbedder.load(dataDir.resolve("search").resolve("work"));
    }

    @Bean
    IndexUpdates searchIndexUpdates(CurrentSearchIndex index, TextEmbedder embedder, Serializer serializer) {
        return new IndexUpdates(index, embedder, serializer);
    }

    @Bean
    SearchProjection searchProjection(IndexUpdates updates) {
        return new SearchProjection(updates);
    }

    @Bean
    SearchQueryHandler searchQueryHandler(CurrentSearchIndex index, TextEmbedder embedder) {
        return new SearchQueryHandler(index, embedder);
    }

    /**
     * A tracking processor (it wakes on each local commit) with its own token store, batches of 64
     * events so that a rebuild embeds many texts per call, and no automatic start: it starts when
     * the model is loaded ({@link SearchProcessorStarter}), so no unit of work ever waits for the
     * model (Axon's handler timeouts would report it, then interrupt it in the middle of a commit).
     */
    @Bean
    ConfigurerModule searchIndexProcessor(IndexUpdates updates) {
        String group = SearchProjection.PROCESSING_GROUP;
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessor(group, Configuration::eventStore, configuration ->
                        TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(64).andAutoStart(false))
                .registerTokenStore(group, configuration -> new IndexTokenStore(group, updates)));
    }

    @Bean
    SearchProcessorStarter searchProcessorStarter(TextEmbedder embedder, EventProcessingConfiguration processing) {
        return new SearchProcessorStarter(embedder, processing);
    }
}
