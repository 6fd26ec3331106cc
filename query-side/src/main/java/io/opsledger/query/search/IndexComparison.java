package io.opsledger.query.search;

import io.opsledger.query.rebuild.RebuildTarget.Comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Compares two search indexes document by document (entity key → kind, plan, title, body, status,
 * ids): a consistency check of the serving index against a fresh replay. Vectors are left out: they
 * follow from the texts.
 */
final class IndexComparison {

    private static final int SHOWN = 10;

    private IndexComparison() {
    }

    static Comparison compare(SearchIndex live, SearchIndex replay) {
        Map<String, SearchDocument> served = live.documents();
        Map<String, SearchDocument> replayed = replay.documents();
        TreeSet<String> keys = new TreeSet<>(served.keySet());
        keys.addAll(replayed.keySet());
        long differing = 0;
        List<String> differences = new ArrayList<>();
        for (String key : keys) {
            String left = text(served.get(key));
            String right = text(replayed.get(key));
            if (!Objects.equals(left, right)) {
                differing++;
                if (differences.size() < SHOWN) {
                    differences.add(key + ": index " + (left == null ? "has no document" : left)
                            + "; replay " + (right == null ? "has no document" : right));
                }
            }
        }
        if (differing > differences.size()) {
            differences.add("… " + (differing - differences.size()) + " more");
        }
        return new Comparison(differing, differences);
    }

    private static String text(SearchDocument document) {
        return document == null ? null : "{kind=%s, plan=%s, title=%s, body=%s, status=%s, ids=%s}".formatted(
                document.kind(), document.planId(), document.title(), document.body(), document.status(),
                document.ids());
    }
}
