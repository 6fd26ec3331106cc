package io.opsledger.query.search;

import io.opsledger.kernel.search.SearchKind;
import org.axonframework.eventhandling.TrackingToken;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The index changes of one unit of work (a batch of events), held in memory until it commits:
 * then the new texts are embedded together and written with the batch's token in one commit.
 * Lookups see the batch's own changes first, then the last commit.
 */
final class IndexBatch {

    private final SearchIndex index;
    /** A key mapped to null is deleted. */
    private final Map<String, SearchDocument> changes = new LinkedHashMap<>();
    private boolean clearAll;
    private TrackingToken token;
    private boolean tokenStored;

    IndexBatch(SearchIndex index) {
        this.index = index;
    }

    Optional<SearchDocument> find(SearchKind kind, UUID entityId) {
        String key = SearchDocument.key(kind, entityId);
        if (changes.containsKey(key)) {
            return Optional.ofNullable(changes.get(key));
        }
        return clearAll ? Optional.empty() : index.find(kind, entityId);
    }

    void put(SearchDocument document) {
        changes.put(document.key(), document);
    }

    void delete(SearchKind kind, UUID entityId) {
        changes.put(SearchDocument.key(kind, entityId), null);
    }

    void clearAll() {
        changes.clear();
        clearAll = true;
    }

    void storeToken(TrackingToken newToken) {
        token = newToken;
        tokenStored = true;
    }

    boolean tokenStored() {
        return tokenStored;
    }

    TrackingToken token() {
        return token;
    }

    boolean clearsAll() {
        return clearAll;
    }

    List<String> deletedKeys() {
        return changes.entrySet().stream().filter(entry -> entry.getValue() == null).map(Map.Entry::getKey).toList();
    }

    List<SearchDocument> upserted() {
        return new ArrayList<>(changes.values().stream().filter(document -> document != null).toList());
    }
}
