package io.opsledger.api.graphql;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.graphql.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

    @Bean
    RuntimeWiringConfigurer scalars() {
        return wiring -> wiring.scalar(Scalars.DATE_TIME).scalar(Scalars.DATE);
    }

    /** Nested selections deeper than this are refused before execution. */
    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(@Value("${opsledger.graphql.max-depth:12}") int maxDepth) {
        return new MaxQueryDepthInstrumentation(maxDepth);
    }

    /** Each selected field counts one; a query selecting more than this many is refused before execution. */
    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity(@Value("${opsledger.graphql.max-complexity:1000}") int max) {
        return new MaxQueryComplexityInstrumentation(max);
    }

    /** Parsed and validated documents kept by their text, so repeated requests skip parsing and validation. */
    @Bean
    GraphQlSourceBuilderCustomizer documentCache(@Value("${opsledger.graphql.document-cache-size:500}") int capacity) {
        DocumentCache cache = new DocumentCache(capacity, 20_000);
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(cache));
    }

    /** A schema field without a data fetcher, or a controller method without a schema field, stops the start. */
    @Bean
    GraphQlSourceBuilderCustomizer failOnUnmappedSchema() {
        return builder -> builder.inspectSchemaMappings(report -> {
            if (!report.unmappedFields().isEmpty() || !report.unmappedRegistrations().isEmpty()
                    || !report.unmappedArguments().isEmpty()) {
                throw new IllegalStateException("GraphQL schema and controllers disagree:\n" + report);
            }
        });
    }
}
