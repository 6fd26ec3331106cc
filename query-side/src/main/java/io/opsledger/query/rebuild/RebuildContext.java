package io.opsledger.query.rebuild;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.util.ClassUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.function.Consumer;

/** What a running rebuild needs from the application: Axon's processors and stores, the database, listeners. */
final class RebuildContext {

    private static final long HEAD_CACHE_NANOS = 250_000_000L;

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final Serializer serializer;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ListableBeanFactory beans;
    private final ShadowSchema.Database database;
    private final RebuildLog log;
    private final int batchSize;
    private final Consumer<ProjectionRebuild> onProgress;
    private final Consumer<ProjectionRebuild> onEnd;
    private volatile long head = -1;
    private volatile long headReadAt;

    RebuildContext(EventProcessingConfiguration processing, EventStore eventStore, Serializer serializer, JdbcClient jdbc,
                   PlatformTransactionManager transactions, ListableBeanFactory beans, ShadowSchema.Database database,
                   int batchSize, Consumer<ProjectionRebuild> onProgress, Consumer<ProjectionRebuild> onEnd) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.serializer = serializer;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.beans = beans;
        this.database = database;
        this.log = new RebuildLog(jdbc);
        this.batchSize = batchSize;
        this.onProgress = onProgress;
        this.onEnd = onEnd;
    }

    StreamingEventProcessor liveProcessor(String group) {
        return processing.eventProcessor(group, StreamingEventProcessor.class).orElseThrow(() ->
                new RebuildRejectedException(RebuildRejectedException.PROCESSOR_NOT_HERE,
                        "name: no streaming event processor named '" + group + "' runs on this instance"));
    }

    /** The projection's beans: those whose {@code @ProcessingGroup} names the group. */
    List<Object> liveHandlers(String group) {
        List<Object> handlers = beans.getBeansWithAnnotation(ProcessingGroup.class).values().stream()
                .filter(bean -> group.equals(AnnotationUtils.findAnnotation(ClassUtils.getUserClass(bean),
                        ProcessingGroup.class).value()))
                .toList();
        if (handlers.isEmpty()) {
            throw new RebuildRejectedException(RebuildRejectedException.PROCESSOR_NOT_HERE,
                    "name: no event handler of processing group '" + group + "' runs on this instance");
        }
        return handlers;
    }

    TokenStore tokenStore(String group) {
        return processing.tokenStore(group);
    }

    /** The lowest position any segment of a stopped processor has stored (-1 when it has none). */
    long storedPosition(TokenStore tokens, String processorName) {
        return transaction.execute(status -> {
            long lowest = Long.MAX_VALUE;
            for (int segment : tokens.fetchSegments(processorName)) {
                TrackingToken token = tokens.fetchToken(processorName, segment);
                lowest = Math.min(lowest, token == null ? -1 : token.position().orElse(-1));
            }
            return lowest == Long.MAX_VALUE ? -1 : lowest;
        });
    }

    /**
     * Where a rebuild's processor stands, for its progress; -1 when unknown. After a kill -9 the dead
     * instance's claim on the token stands until it times out: reading the token would need that
     * claim, so the position is unknown until the processor itself takes the segment over and commits.
     */
    static long storedPositionOrMinusOne(TokenStore tokens, TransactionManager transactions, String processorName) {
        try {
            return transactions.fetchInTransaction(() -> {
                long lowest = Long.MAX_VALUE;
                for (int segment : tokens.fetchSegments(processorName)) {
                    TrackingToken token = tokens.fetchToken(processorName, segment);
                    lowest = Math.min(lowest, token == null ? -1 : token.position().orElse(-1));
                }
                return lowest == Long.MAX_VALUE ? -1 : lowest;
            });
        } catch (UnableToClaimTokenException claimedByAStoppedInstance) {
            return -1;
        }
    }

    static TrackingToken storedToken(TokenStore tokens, TransactionManager transactions, String processorName) {
        return transactions.fetchInTransaction(() -> tokens.fetchToken(processorName, 0));
    }

    /** The position of the newest stored event, read at most every 250 ms. */
    long head() {
        long now = System.nanoTime();
        if (now - headReadAt > HEAD_CACHE_NANOS) {
            TrackingToken token = eventStore.createHeadToken();
            head = token == null ? -1 : token.position().orElse(-1);
            headReadAt = now;
        }
        return head;
    }

    void notify(ProjectionRebuild rebuild) {
        onProgress.accept(rebuild);
    }

    void ended(ProjectionRebuild rebuild) {
        onEnd.accept(rebuild);
    }

    EventStore eventStore() {
        return eventStore;
    }

    Serializer serializer() {
        return serializer;
    }

    TransactionTemplate transaction() {
        return transaction;
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    ListableBeanFactory beans() {
        return beans;
    }

    ShadowSchema.Database database() {
        return database;
    }

    RebuildLog log() {
        return log;
    }

    int batchSize() {
        return batchSize;
    }
}
