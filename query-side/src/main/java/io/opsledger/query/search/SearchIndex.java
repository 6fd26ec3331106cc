package io.opsledger.query.search;

import io.opsledger.kernel.search.SearchKind;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The Lucene index on disk. Changes reach the writer only in {@link #apply}, together with the
 * commit user data that records how far the event stream has been applied; readers see them at
 * once. They are made durable by a Lucene commit at most a commit interval later (and on
 * close), not one commit per event: a commit flushes a segment and fsyncs it, and doing that per
 * event cost more than the indexing itself and starved the request path (docs/performance.md).
 * A crash keeps the last commit whole, documents and position alike; the processor then applies
 * the events after that position again (every change is an upsert or delete by key).
 */
public final class SearchIndex implements AutoCloseable {

    /** How long applied changes wait for their durable commit, unless configured otherwise. */
    public static final Duration COMMIT_INTERVAL = Duration.ofSeconds(1);

    static final String KEY = "key";
    static final String KIND = "kind";
    static final String ENTITY_ID = "entityId";
    static final String PLAN_ID = "planId";
    static final String STATUS = "status";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String IDS = "ids";
    static final String VECTOR = "vector";
    static final String VECTOR_STORED = "vector_stored";
    /** Commit user data: the embedding model the vectors come from. */
    static final String MODEL = "opsledger.model";

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final Directory directory;
    private final BackgroundMergeScheduler merges = new BackgroundMergeScheduler();
    private final Path path;
    private IndexWriter writer;
    private SearcherManager searchers;
    /** The user data of what has been applied (visible to searchers), committed or not yet. */
    private volatile Map<String, String> appliedData;
    private final Object commitSignal = new Object();
    private volatile boolean closed;
    private final ScheduledExecutorService committer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "search-index-commit");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> pendingCommit;
    private final long commitIntervalNanos;
    private long lastCommitNanos;

    private SearchIndex(Path path, Duration commitInterval) throws IOException {
        this.path = path;
        this.commitIntervalNanos = commitInterval.toNanos();
        this.lastCommitNanos = System.nanoTime() - commitIntervalNanos;
        this.directory = FSDirectory.open(path);
        openWriter();
    }

    public static SearchIndex open(Path path) {
        return open(path, COMMIT_INTERVAL);
    }

    /** The index at {@code path}, committing what was applied at most {@code commitInterval} later. */
    public static SearchIndex open(Path path, Duration commitInterval) {
        try {
            return new SearchIndex(path, commitInterval);
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot open the search index at " + path, failure);
        }
    }

    private void openWriter() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(SearchAnalyzers.PER_FIELD)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64)
                .setMergeScheduler(merges);
        writer = new IndexWriter(directory, config);
        searchers = new SearcherManager(writer, null);
        appliedData = DirectoryReader.indexExists(directory)
                ? Map.copyOf(SegmentInfos.readLatestCommit(directory).getUserData()) : Map.of();
    }

    public Path path() {
        return path;
    }

    /**
     * Empties an index whose vectors come from another model than {@code model} (or from an unnamed
     * one, before models were recorded): its documents cannot be compared with new queries, so the
     * processor builds it again from the event store. Records the model in the commit user data.
     */
    synchronized boolean requireModel(String model) {
        if (model.equals(appliedData.get(MODEL))) {
            return false;
        }
        boolean built = !appliedData.isEmpty();
        try {
            writer.deleteAll();
            writer.setLiveCommitData(Map.of(MODEL, model).entrySet());
            commitNow();
            searchers.maybeRefreshBlocking();
            appliedData = Map.of(MODEL, model);
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot empty the search index at " + path, failure);
        }
        if (built) {
            log.info("The search index was built with another embedding model; it is built again with {}", model);
        }
        return built;
    }

    /**
     * The user data of what readers see: the processor's position and segment bookkeeping. After a
     * restart, the last commit's.
     */
    Map<String, String> appliedData() {
        return appliedData;
    }

    /**
     * Applies the changes with {@code userData}, visible to readers on return, and durable with the
     * next commit. If anything fails, the writer is rolled back to the last commit, so the
     * processor's retry starts from that commit's position.
     */
    synchronized void apply(IndexChanges changes, Map<String, String> userData) {
        try {
            if (changes.clearAll()) {
                writer.deleteAll();
            }
            for (String deleted : changes.deleted()) {
                writer.deleteDocuments(new Term(KEY, deleted));
            }
            for (SearchDocument document : changes.upserted()) {
                writer.updateDocument(new Term(KEY, document.key()), toLucene(document));
            }
            Map<String, String> data = new HashMap<>(appliedData);
            data.putAll(userData);
            writer.setLiveCommitData(data.entrySet());
            searchers.maybeRefreshBlocking();
            appliedData = Map.copyOf(data);
            scheduleCommit();
        } catch (IOException | RuntimeException failure) {
            rollBack();
            throw failure instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) failure;
        }
        synchronized (commitSignal) {
            commitSignal.notifyAll();
        }
    }

    /** A commit now if the last one is old enough, else one when it will be; never two pending. */
    private void scheduleCommit() throws IOException {
        if (pendingCommit != null) {
            return;
        }
        long due = lastCommitNanos + commitIntervalNanos - System.nanoTime();
        if (due <= 0) {
            commitNow();
        } else {
            pendingCommit = committer.schedule(this::scheduledCommit, due, TimeUnit.NANOSECONDS);
        }
    }

    private synchronized void scheduledCommit() {
        BackgroundPriority.lowerCurrentThread();
        pendingCommit = null;
        try {
            commitNow();
        } catch (IOException | RuntimeException failure) {
            log.warn("The search index could not commit; it rolls back to its last commit and the processor applies the events after it again", failure);
            rollBack();
        }
    }

    private void commitNow() throws IOException {
        writer.commit();
        lastCommitNanos = System.nanoTime();
        log.debug("Search index commit is durable at position {}", appliedData.get(IndexUpdates.POSITION));
    }

    /** Makes what has been applied durable now (tests, and before a planned stop). */
    public synchronized void flush() {
        try {
            if (pendingCommit != null) {
                pendingCommit.cancel(false);
                pendingCommit = null;
            }
            commitNow();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /**
     * Commits what was applied and waits until the merges running now are done: the steady state
     * of an index that is not being written (for the benchmark, bench/).
     */
    public void settle() {
        flush();
        merges.sync();
    }

    private void rollBack() {
        try {
            if (pendingCommit != null) {
                pendingCommit.cancel(false);
                pendingCommit = null;
            }
            searchers.close();
            writer.rollback();
            openWriter();
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot roll the search index back", failure);
        }
    }

    /** Waits until what readers see satisfies {@code condition} on its user data, or the timeout passes. */
    boolean awaitCommit(Function<Map<String, String>, Boolean> condition, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        synchronized (commitSignal) {
            while (!condition.apply(appliedData)) {
                if (closed) {
                    return false;
                }
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return false;
                }
                commitSignal.wait(left);
            }
        }
        return true;
    }

    /** Adds embedded documents, recording no position: for the benchmark (bench/), not the processor. */
    public void index(List<SearchDocument> documents) {
        apply(new IndexChanges(false, List.of(), documents), Map.of());
    }

    /** Waits until readers see event position {@code position} or later; false if the timeout passes first. */
    public boolean awaitPosition(long position, java.time.Duration timeout) throws InterruptedException {
        return awaitCommit(data -> Long.parseLong(data.getOrDefault(IndexUpdates.POSITION, "-1")) >= position,
                timeout.toMillis());
    }

    /** The document of this entity as readers see it, if any. */
    Optional<SearchDocument> find(SearchKind kind, UUID entityId) {
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(KEY, SearchDocument.key(kind, entityId))), 1);
            return top.scoreDocs.length == 0 ? Optional.<SearchDocument>empty()
                    : Optional.of(fromLucene(searcher.storedFields().document(top.scoreDocs[0].doc)));
        });
    }

    /** Every document by key, as readers see them: for comparing two indexes. */
    Map<String, SearchDocument> documents() {
        return withSearcher(searcher -> {
            Map<String, SearchDocument> documents = new java.util.TreeMap<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        SearchDocument document = fromLucene(stored.document(doc));
                        documents.put(document.key(), document);
                    }
                }
            }
            return documents;
        });
    }

    long documentCount() {
        return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
    }

    interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    <T> T withSearcher(SearcherFunction<T> function) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return function.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    static Document toLucene(SearchDocument document) {
        Objects.requireNonNull(document.vector(), "a document is embedded before it is written");
        Document doc = new Document();
        doc.add(new StringField(KEY, document.key(), Field.Store.YES));
        doc.add(new StringField(KIND, document.kind().name(), Field.Store.YES));
        doc.add(new StringField(ENTITY_ID, document.entityId().toString(), Field.Store.YES));
        if (document.planId() != null) {
            doc.add(new StringField(PLAN_ID, document.planId().toString(), Field.Store.YES));
        }
        if (document.status() != null) {
            doc.add(new StringField(STATUS, document.status(), Field.Store.YES));
        }
        String title = nullToEmpty(document.title());
        String body = nullToEmpty(document.body());
        String ids = nullToEmpty(document.ids());
        doc.add(new StoredField(TITLE, title));
        doc.add(new StoredField(BODY, body));
        doc.add(new StoredField(IDS, ids));
        doc.add(new TextField(SearchAnalyzers.TITLE_EN, title, Field.Store.NO));
        doc.add(new TextField(SearchAnalyzers.TITLE_FR, title, Field.Store.NO));
        doc.add(new TextField(SearchAnalyzers.BODY_EN, body, Field.Store.NO));
        doc.add(new TextField(SearchAnalyzers.BODY_FR, body, Field.Store.NO));
        doc.add(new TextField(SearchAnalyzers.WORDS, title + "\n" + body + "\n" + ids, Field.Store.NO));
        doc.add(new TextField(SearchAnalyzers.EXACT, String.join(" ", title, body, ids,
                document.entityId().toString(), document.planId() == null ? "" : document.planId().toString()),
                Field.Store.NO));
        doc.add(new KnnFloatVectorField(VECTOR, document.vector(), VectorSimilarityFunction.COSINE));
        doc.add(new StoredField(VECTOR_STORED, toBytes(document.vector())));
        return doc;
    }

    static SearchDocument fromLucene(Document doc) {
        String plan = doc.get(PLAN_ID);
        BytesRef vector = doc.getBinaryValue(VECTOR_STORED);
        return new SearchDocument(SearchKind.valueOf(doc.get(KIND)), UUID.fromString(doc.get(ENTITY_ID)),
                plan == null ? null : UUID.fromString(plan), doc.get(TITLE), doc.get(BODY), doc.get(STATUS),
                doc.get(IDS), vector == null ? null : toFloats(vector));
    }

    private static BytesRef toBytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return new BytesRef(buffer.array());
    }

    private static float[] toFloats(BytesRef bytes) {
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    boolean isClosed() {
        return closed;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        synchronized (commitSignal) {
            commitSignal.notifyAll();
        }
        try {
            committer.shutdownNow();
            searchers.close();
            // What was applied is committed with the position it carries; a failed batch was rolled back already.
            if (writer.isOpen()) {
                writer.commit();
                writer.close();
            }
            directory.close();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Lucene's merge threads, at the background priority of the indexing they follow. */
    private static final class BackgroundMergeScheduler extends ConcurrentMergeScheduler {
        @Override
        protected void doMerge(MergeSource mergeSource, MergePolicy.OneMerge merge) throws IOException {
            BackgroundPriority.lowerCurrentThread();
            super.doMerge(mergeSource, merge);
        }
    }

    /** Changes of one batch, applied in this order: clear, deletes, upserts. */
    record IndexChanges(boolean clearAll, Collection<String> deleted, Collection<SearchDocument> upserted) {
    }
}
