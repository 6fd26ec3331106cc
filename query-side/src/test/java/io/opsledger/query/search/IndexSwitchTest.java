package io.opsledger.query.search;

import io.opsledger.kernel.search.SearchKind;
import io.opsledger.query.rebuild.RebuildTarget.Comparison;
import io.opsledger.query.search.SearchIndex.IndexChanges;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pointer file that names the serving index directory, and the holder queries read it from. */
class IndexSwitchTest {

    @TempDir
    Path root;

    @Test
    void withoutAPointerTheIndexDirectoryServes() {
        IndexDirectories directories = new IndexDirectories(root);

        assertThat(directories.current()).isEqualTo("index");
        assertThat(directories.replaced()).isEmpty();
        assertThat(directories.fresh("rebuild")).matches("index-rebuild-[0-9]+");
    }

    @Test
    void aSwitchNamesTheNewDirectoryAndTheReplacedOneUntilItIsDeleted() throws Exception {
        IndexDirectories directories = new IndexDirectories(root);
        Files.createDirectories(root.resolve("index"));
        Files.createDirectories(root.resolve("index-rebuild-1"));

        directories.switchTo("index-rebuild-1");

        assertThat(new IndexDirectories(root).current()).as("read back from disk").isEqualTo("index-rebuild-1");
        assertThat(directories.replaced()).contains("index");
        assertThat(root.resolve("index")).isDirectory();
        assertThat(root.resolve(IndexDirectories.POINTER + ".next")).doesNotExist();

        directories.deleteReplaced();

        assertThat(root.resolve("index")).doesNotExist();
        assertThat(root.resolve("index-rebuild-1")).isDirectory();
        assertThat(directories.replaced()).isEmpty();
        assertThat(directories.current()).isEqualTo("index-rebuild-1");
    }

    @Test
    void aStopBeforeTheReplacedDirectoryIsDeletedIsFinishedAtTheNextStart() throws Exception {
        Files.createDirectories(root.resolve("index"));
        Files.createDirectories(root.resolve("index-rebuild-1"));
        new IndexDirectories(root).switchTo("index-rebuild-1");

        IndexDirectories restarted = new IndexDirectories(root);
        restarted.deleteReplaced();
        restarted.deleteReplaced();

        assertThat(root.resolve("index")).doesNotExist();
        assertThat(restarted.current()).isEqualTo("index-rebuild-1");
    }

    @Test
    void theServingDirectoryIsNeverDiscardedAndNamesAreChecked() throws Exception {
        IndexDirectories directories = new IndexDirectories(root);
        Files.createDirectories(root.resolve("index"));
        Files.createDirectories(root.resolve("index-verify-2"));

        directories.deleteUnlessCurrent("index");
        directories.deleteUnlessCurrent("index-verify-2");

        assertThat(root.resolve("index")).isDirectory();
        assertThat(root.resolve("index-verify-2")).doesNotExist();
        assertThatThrownBy(() -> directories.resolve("../elsewhere")).isInstanceOf(IllegalArgumentException.class);
        Files.writeString(root.resolve(IndexDirectories.POINTER), "../../etc\n");
        assertThatThrownBy(directories::current).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readersMoveToTheNewIndexAtTheSwapAndAWaiterFollowsIt() throws Exception {
        UUID plan = UUID.randomUUID();
        try (SearchIndex next = SearchIndex.open(root.resolve("index-rebuild-1"), Duration.ofHours(1))) {
            SearchIndex old = SearchIndex.open(root.resolve("index"), Duration.ofHours(1));
            old.apply(changes(plan, "Old title"), Map.of(IndexUpdates.POSITION, "3"));
            next.apply(changes(plan, "Rebuilt title"), Map.of(IndexUpdates.POSITION, "9"));
            CurrentSearchIndex current = new CurrentSearchIndex(old);
            CompletableFuture<Boolean> waiter = CompletableFuture.supplyAsync(() -> {
                try {
                    return current.awaitPosition(9, Duration.ofSeconds(30));
                } catch (InterruptedException interrupted) {
                    throw new IllegalStateException(interrupted);
                }
            });
            assertThat(current.read(index -> index.find(SearchKind.PLAN, plan)).orElseThrow().title()).isEqualTo("Old title");

            current.swap(next).close();

            assertThat(waiter.get(10, TimeUnit.SECONDS)).as("the waiter moved to the new index").isTrue();
            assertThat(current.read(index -> index.find(SearchKind.PLAN, plan)).orElseThrow().title())
                    .isEqualTo("Rebuilt title");
            assertThat(old.isClosed()).isTrue();
        }
    }

    @Test
    void aComparisonReportsTheDocumentsThatDiffer() {
        UUID same = UUID.randomUUID();
        UUID renamed = UUID.randomUUID();
        UUID missing = UUID.randomUUID();
        try (SearchIndex live = SearchIndex.open(root.resolve("index"));
             SearchIndex replay = SearchIndex.open(root.resolve("index-verify-1"))) {
            live.apply(changes(same, "Same"), Map.of());
            live.apply(changes(renamed, "Before"), Map.of());
            live.apply(changes(missing, "Only here"), Map.of());
            replay.apply(changes(same, "Same"), Map.of());
            replay.apply(changes(renamed, "After"), Map.of());

            Comparison comparison = IndexComparison.compare(live, replay);

            assertThat(comparison.differingRows()).isEqualTo(2);
            assertThat(comparison.differences()).anySatisfy(line -> assertThat(line).contains(renamed.toString())
                    .contains("title=Before").contains("title=After"));
            assertThat(comparison.differences()).anySatisfy(line -> assertThat(line).contains(missing.toString())
                    .contains("replay has no document"));
            assertThat(IndexComparison.compare(replay, replay).differingRows()).isZero();
        }
    }

    private static IndexChanges changes(UUID entity, String title) {
        float[] vector = new float[TextEmbedder.DIMENSIONS];
        vector[0] = 1;
        return new IndexChanges(false, List.of(), List.of(new SearchDocument(SearchKind.PLAN, entity, entity,
                title, "", "ACTIVE", "v41", vector)));
    }
}
