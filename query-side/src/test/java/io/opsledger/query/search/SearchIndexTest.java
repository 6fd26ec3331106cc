package io.opsledger.query.search;

import io.opsledger.kernel.search.SearchKind;
import io.opsledger.query.search.SearchIndex.IndexChanges;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SearchIndexTest {

    @TempDir
    Path dir;

    @Test
    void changesAreVisibleAtOnceAndDurableByTheNextCommitWithTheirPosition() {
        UUID plan = UUID.randomUUID();
        try (SearchIndex index = SearchIndex.open(dir, Duration.ofHours(1))) {
            index.requireModel("model-a");
            index.apply(changes(plan), Map.of(IndexUpdates.POSITION, "7", IndexUpdates.SEGMENTS, "0"));
            index.apply(changes(UUID.randomUUID()), Map.of(IndexUpdates.POSITION, "8"));

            assertThat(index.documentCount()).as("visible before any commit").isEqualTo(2);
            assertThat(index.find(SearchKind.PLAN, plan)).isPresent();
        }
        try (SearchIndex reopened = SearchIndex.open(dir, Duration.ofHours(1))) {
            assertThat(reopened.documentCount()).as("committed on close").isEqualTo(2);
            assertThat(reopened.appliedData()).containsEntry(IndexUpdates.POSITION, "8")
                    .containsEntry(SearchIndex.MODEL, "model-a");
        }
    }

    @Test
    void anIndexBuiltWithAnotherModelIsEmptiedSoThatItIsBuiltAgain() {
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.requireModel("model-a");
            index.apply(changes(UUID.randomUUID()), Map.of(IndexUpdates.POSITION, "3", IndexUpdates.SEGMENTS, "0"));
        }
        try (SearchIndex index = SearchIndex.open(dir)) {
            assertThat(index.requireModel("model-a")).as("same model: kept").isFalse();
            assertThat(index.documentCount()).isEqualTo(1);

            assertThat(index.requireModel("model-b")).as("another model: emptied").isTrue();

            assertThat(index.documentCount()).isZero();
            assertThat(index.appliedData()).isEqualTo(Map.of(SearchIndex.MODEL, "model-b"));
        }
        try (SearchIndex index = SearchIndex.open(dir)) {
            assertThat(index.appliedData()).as("emptied durably").isEqualTo(Map.of(SearchIndex.MODEL, "model-b"));
        }
    }

    private static IndexChanges changes(UUID entity) {
        float[] vector = new float[TextEmbedder.DIMENSIONS];
        vector[0] = 1;
        return new IndexChanges(false, List.of(), List.of(new SearchDocument(SearchKind.PLAN, entity, entity,
                "Certificate renewal", "", "ACTIVE", "v41", vector)));
    }
}
