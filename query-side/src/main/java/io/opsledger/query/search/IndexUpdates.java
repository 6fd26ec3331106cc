package io.opsledger.query.search;

import io.opsledger.query.search.SearchIndex.IndexChanges;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Joins the search processor's units of work to index commits. Each unit of work gets one
 * {@link IndexBatch}; the event handlers fill it, the token store gives it the position, and when
 * the unit of work commits the batch is embedded and applied to Lucene with that position in the
 * commit's user data (made durable within {@code opsledger.search.commit-interval}). A unit of work
 * that rolls back leaves no trace in the index.
 */
final class IndexUpdates {

    static final String TOKEN = "axon.token";
    static final String TOKEN_TYPE = "axon.token.type";
    static final String TOKEN_REVISION = "axon.token.revision";
    static final String SEGMENTS = "axon.segments";
    static final String POSITION = "opsledger.position";

    private static final Logger log = LoggerFactory.getLogger(IndexUpdates.class);
    private static final String RESOURCE = IndexUpdates.class.getName() + ".batch";

    /** The index written: the one that serves for the live processor, a rebuild's own for its processor. */
    private final Supplier<SearchIndex> index;
    private final TextEmbedder embedder;
    private final Serializer serializer;
    /** Changes made outside a unit of work (a reset), committed with the next token stored outside one. */
    private IndexBatch detached;

    IndexUpdates(Supplier<SearchIndex> index, TextEmbedder embedder, Serializer serializer) {
        this.index = index;
        this.embedder = embedder;
        this.serializer = serializer;
    }

    SearchIndex index() {
        return index.get();
    }

    /** The batch of the current unit of work, created (and bound to its commit) on first use. */
    synchronized IndexBatch batch() {
        if (!CurrentUnitOfWork.isStarted()) {
            if (detached == null) {
                detached = new IndexBatch(index());
            }
            return detached;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(RESOURCE, key -> {
            IndexBatch batch = new IndexBatch(index());
            unitOfWork.onCommit(committed -> {
                // The search processor's own thread: its embedding and indexing yield to the requests.
                BackgroundPriority.lowerCurrentThread();
                commit(batch);
            });
            return batch;
        });
    }

    /** Called by the token store: inside a unit of work the token rides with its batch. */
    synchronized void storeToken(TrackingToken token) {
        IndexBatch batch = batch();
        batch.storeToken(token);
        if (batch == detached) {
            detached = null;
            commit(batch);
        }
    }

    /** Marks the single segment as initialised, at {@code token} (null: from the start of the stream). */
    void initialize(TrackingToken token) {
        Map<String, String> data = new HashMap<>(tokenData(token));
        data.put(SEGMENTS, "0");
        index().apply(new IndexChanges(false, List.of(), List.of()), data);
    }

    boolean initialized() {
        return index().appliedData().containsKey(SEGMENTS);
    }

    TrackingToken appliedToken() {
        Map<String, String> data = index().appliedData();
        String type = data.get(TOKEN_TYPE);
        if (type == null || type.isEmpty()) {
            return null;
        }
        String revision = data.get(TOKEN_REVISION);
        return serializer.deserialize(new SimpleSerializedObject<>(data.get(TOKEN), String.class, type,
                revision == null || revision.isEmpty() ? null : revision));
    }

    private void commit(IndexBatch batch) {
        List<SearchDocument> upserts = batch.upserted();
        List<Integer> toEmbed = new ArrayList<>();
        for (int i = 0; i < upserts.size(); i++) {
            if (upserts.get(i).vector() == null) {
                toEmbed.add(i);
            }
        }
        List<float[]> vectors = embedder.embedAll(toEmbed.stream().map(i -> upserts.get(i).meaning()).toList());
        for (int i = 0; i < toEmbed.size(); i++) {
            upserts.set(toEmbed.get(i), upserts.get(toEmbed.get(i)).withVector(vectors.get(i)));
        }
        Map<String, String> data = batch.tokenStored() ? tokenData(batch.token()) : Map.of();
        index().apply(new IndexChanges(batch.clearsAll(), batch.deletedKeys(), upserts), data);
        if (!upserts.isEmpty() || !batch.deletedKeys().isEmpty()) {
            log.debug("Search index applied {} upserts, {} deletes at {}", upserts.size(), batch.deletedKeys().size(),
                    data.get(POSITION));
        }
    }

    private Map<String, String> tokenData(TrackingToken token) {
        Map<String, String> data = new HashMap<>();
        if (token == null) {
            data.put(TOKEN, "");
            data.put(TOKEN_TYPE, "");
            data.put(TOKEN_REVISION, "");
            data.put(POSITION, "-1");
            return data;
        }
        SerializedObject<String> serialized = serializer.serialize(token, String.class);
        data.put(TOKEN, serialized.getData());
        data.put(TOKEN_TYPE, serialized.getType().getName());
        data.put(TOKEN_REVISION, serialized.getType().getRevision() == null ? "" : serialized.getType().getRevision());
        OptionalLong position = token.position();
        data.put(POSITION, String.valueOf(position.orElse(-1)));
        return data;
    }
}
