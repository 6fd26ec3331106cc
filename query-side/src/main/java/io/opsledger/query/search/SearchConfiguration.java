package io.opsledger.query.search;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;

/**
 * The search index beside the database under the data directory ({@code search/index}), the
 * model's native files in {@code search/work}, and the search processor with its own token store.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(@Value("${opsledger.data-dir:./data}") Path dataDir) {
        return SearchIndex.open(dataDir.resolve("search").resolve("index"));
    }

    @Bean
    TextEmbedder textEmbedder(@Value("${opsledger.data-dir:./data}") Path dataDir) {
        return TextEmbedder.load(dataDir.resolve("search").resolve("work"));
    }

    @Bean
    IndexUpdates searchIndexUpdates(SearchIndex index, TextEmbedder embedder, Serializer serializer) {
        return new IndexUpdates(index, embedder, serializer);
    }

    @Bean
    SearchProjection searchProjection(IndexUpdates updates) {
        return new SearchProjection(updates);
    }

    @Bean
    SearchQueryHandler searchQueryHandler(SearchIndex index, TextEmbedder embedder) {
        return new SearchQueryHandler(index, embedder);
    }

    @Bean
    ConfigurerModule searchIndexTokenStore(IndexUpdates updates) {
        return configurer -> configurer.eventProcessing(processing -> processing.registerTokenStore(
                SearchProjection.PROCESSING_GROUP, configuration -> new IndexTokenStore(SearchProjection.PROCESSING_GROUP, updates)));
    }
}
