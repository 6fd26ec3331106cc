package io.opsledger.api.graphql;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentCacheTest {

    private final AtomicInteger parsed = new AtomicInteger();
    private final Function<ExecutionInput, PreparsedDocumentEntry> parse = input -> {
        parsed.incrementAndGet();
        return new PreparsedDocumentEntry(Document.newDocument().build());
    };

    @Test
    void theSameTextWithOtherVariablesIsParsedOnce() {
        DocumentCache cache = new DocumentCache(10, 1_000);

        PreparsedDocumentEntry first = cache.getDocumentAsync(input("{ a }", Map.of("x", 1)), parse).join();
        PreparsedDocumentEntry second = cache.getDocumentAsync(input("{ a }", Map.of("x", 2)), parse).join();

        assertThat(second).isSameAs(first);
        assertThat(parsed).hasValue(1);
    }

    @Test
    void keepsOnlyTheMostRecentlyUsedDocuments() {
        DocumentCache cache = new DocumentCache(2, 1_000);

        cache.getDocumentAsync(input("{ a }", Map.of()), parse).join();
        cache.getDocumentAsync(input("{ b }", Map.of()), parse).join();
        cache.getDocumentAsync(input("{ a }", Map.of()), parse).join();
        cache.getDocumentAsync(input("{ c }", Map.of()), parse).join();
        cache.getDocumentAsync(input("{ a }", Map.of()), parse).join();

        assertThat(cache.size()).isEqualTo(2);
        assertThat(parsed).as("a, b, c parsed once each; a stayed").hasValue(3);
    }

    @Test
    void neverKeepsALongDocument() {
        DocumentCache cache = new DocumentCache(10, 10);

        cache.getDocumentAsync(input("{ aLongFieldName }", Map.of()), parse).join();
        cache.getDocumentAsync(input("{ aLongFieldName }", Map.of()), parse).join();

        assertThat(parsed).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    private static ExecutionInput input(String query, Map<String, Object> variables) {
        return ExecutionInput.newExecutionInput(query).variables(variables).build();
    }
}
