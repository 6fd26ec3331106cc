package io.opsledger.api.graphql;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Parsed and validated GraphQL documents, by their text: clients send the same few documents over
 * and over with different variables, and parsing plus validation cost about a sixth of the
 * server's CPU per request (docs/performance.md). Validation does not depend on variables, so an
 * entry (with its errors, if any) holds for every request with the same text. The most recently
 * used {@code capacity} documents are kept; a document longer than {@code maxLength} characters
 * (literals inlined into the text) is parsed each time and never kept.
 */
final class DocumentCache implements PreparsedDocumentProvider {

    private final int maxLength;
    private final Map<String, PreparsedDocumentEntry> entries;

    DocumentCache(int capacity, int maxLength) {
        this.maxLength = maxLength;
        this.entries = Collections.synchronizedMap(new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
                return size() > capacity;
            }
        });
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String text = input.getQuery();
        if (text == null || text.length() > maxLength) {
            return CompletableFuture.completedFuture(parseAndValidate.apply(input));
        }
        PreparsedDocumentEntry cached = entries.get(text);
        if (cached == null) {
            cached = parseAndValidate.apply(input);
            entries.put(text, cached);
        }
        return CompletableFuture.completedFuture(cached);
    }

    int size() {
        return entries.size();
    }
}
