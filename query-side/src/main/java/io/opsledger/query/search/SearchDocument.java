package io.opsledger.query.search;

import io.opsledger.kernel.search.SearchKind;

import java.util.UUID;

/**
 * What the index holds of one entity. {@code ids} is text found by exact match only (a plan's
 * version, an alert's key). {@code vector} is null until the batch is embedded. Public for the
 * search benchmark (bench/).
 */
public record SearchDocument(SearchKind kind, UUID entityId, UUID planId, String title, String body, String status,
                      String ids, float[] vector) {

    String key() {
        return key(kind, entityId);
    }

    static String key(SearchKind kind, UUID entityId) {
        return kind.name() + ":" + entityId;
    }

    /** The text the sentence vector is computed from. */
    public String meaning() {
        return body == null || body.isBlank() || body.equals(title) ? title : title + ". " + body;
    }

    SearchDocument withTitle(String newTitle) {
        return new SearchDocument(kind, entityId, planId, newTitle, body, status, ids, null);
    }

    SearchDocument withBody(String newBody) {
        return new SearchDocument(kind, entityId, planId, title, newBody, status, ids, null);
    }

    SearchDocument withStatus(String newStatus) {
        return new SearchDocument(kind, entityId, planId, title, body, newStatus, ids, vector);
    }

    SearchDocument withIds(String newIds) {
        return new SearchDocument(kind, entityId, planId, title, body, status, newIds, vector);
    }

    public SearchDocument withVector(float[] newVector) {
        return new SearchDocument(kind, entityId, planId, title, body, status, ids, newVector);
    }
}
