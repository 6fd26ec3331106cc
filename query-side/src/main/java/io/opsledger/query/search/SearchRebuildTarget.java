package io.opsledger.query.search;

import io.opsledger.query.rebuild.RebuildStatus.Purpose;
import io.opsledger.query.rebuild.RebuildTarget;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.serialization.Serializer;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The search index rebuilt aside: a second Lucene index in its own directory beside the one that
 * serves, written by a second {@link SearchProjection} through its own {@link IndexUpdates}, its
 * processor's position in that index's commits ({@link IndexTokenStore}), so a stopped rebuild
 * resumes from its last commit. The switch, with both processors stopped: the new index is committed,
 * the pointer file names it (the switch on disk), queries move to it under {@link CurrentSearchIndex}'s
 * lock, and the old directory is deleted. The live processor then goes on from the position the new
 * index carries.
 */
final class SearchRebuildTarget implements RebuildTarget {

    /** How long a rebuild waits for the embedding model at the start of the process. */
    private static final Duration MODEL_WAIT = Duration.ofMinutes(5);

    private final CurrentSearchIndex current;
    private final IndexDirectories directories;
    private final TextEmbedder embedder;
    private final Serializer serializer;
    private final Duration commitInterval;

    SearchRebuildTarget(CurrentSearchIndex current, IndexDirectories directories, TextEmbedder embedder,
                        Serializer serializer, Duration commitInterval) {
        this.current = current;
        this.directories = directories;
        this.embedder = embedder;
        this.serializer = serializer;
        this.commitInterval = commitInterval;
    }

    @Override
    public String processingGroup() {
        return SearchProjection.PROCESSING_GROUP;
    }

    @Override
    public String asideName(Purpose purpose) {
        return directories.fresh(purpose.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public Aside open(String asideName, Purpose purpose) {
        awaitModel();
        SearchIndex index = SearchIndex.open(directories.resolve(asideName), commitInterval);
        try {
            index.requireModel(MiniLmModel.NAME);
        } catch (RuntimeException failure) {
            index.close();
            throw failure;
        }
        return new AsideIndex(asideName, index);
    }

    @Override
    public boolean switchedIn(String asideName) {
        return asideName.equals(directories.current());
    }

    @Override
    public void discard(String asideName, String processorName) {
        directories.deleteUnlessCurrent(asideName);
    }

    /** The rebuild's units of work must not wait for the model (it loads once per process, in the background). */
    private void awaitModel() {
        CompletableFuture<Void> ready = new CompletableFuture<>();
        embedder.whenReady(() -> ready.complete(null));
        try {
            ready.get(MODEL_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException notLoaded) {
            throw new IllegalStateException("the embedding model is not loaded; search cannot be rebuilt without it");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the embedding model");
        }
    }

    private final class AsideIndex implements Aside {

        private final String name;
        private final SearchIndex index;
        private final IndexUpdates updates;
        private boolean switched;

        AsideIndex(String name, SearchIndex index) {
            this.name = name;
            this.index = index;
            this.updates = new IndexUpdates(() -> index, embedder, serializer);
        }

        @Override
        public List<Object> handlers() {
            return List.of(new SearchProjection(updates));
        }

        @Override
        public TokenStore tokenStore(String processorName) {
            return new IndexTokenStore(processorName, updates);
        }

        @Override
        public TransactionManager transactionManager() {
            return NoTransactionManager.INSTANCE;
        }

        /** The new index already carries the position the live processor goes on from: {@code rebuilt}. */
        @Override
        public void switchIn(TokenStore liveTokens, TrackingToken rebuilt, Runnable recordDone) {
            index.flush();
            directories.switchTo(name);
            SearchIndex previous = current.swap(index);
            switched = true;
            previous.close();
            directories.deleteReplaced();
            recordDone.run();
        }

        @Override
        public Comparison compare() {
            return current.read(live -> IndexComparison.compare(live, index));
        }

        @Override
        public void close() {
            if (!switched) {
                index.close();
            }
        }
    }
}
