package io.opsledger.query.rebuild;

import io.opsledger.query.rebuild.RebuildStatus.Purpose;
import io.opsledger.query.rebuild.RebuildStatus.State;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One rebuild or consistency check of one processing group, on a thread of its own:
 * <ol>
 *   <li>a tracking processor named {@code <group>@rebuild} (or {@code @verify}) runs the
 *   projection's handlers from the first event into the shadow schema; its token is stored with
 *   the shadow rows in one transaction, so after a crash it goes on where it stood;</li>
 *   <li>once it has caught up with the live processor, the live processor is stopped (the old
 *   tables keep serving reads) and the rebuild runs up to the live processor's position;</li>
 *   <li>a rebuild then swaps the rows and moves the live processor's token in one transaction; a
 *   check compares the tables instead; either way the live processor starts again.</li>
 * </ol>
 */
final class ProjectionRebuild implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);
    /** Only a guard: each committed batch wakes the waiting thread. */
    private static final long WAKE_UP_MILLIS = 1000;

    private final RebuildContext context;
    private final RebuildableReadModel readModel;
    private final Purpose purpose;
    private final String shadowName;
    private final Instant startedAt;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition progressed = lock.newCondition();
    private final RebuildSpeed speed = new RebuildSpeed();
    private volatile long position = -1;
    private volatile State state = State.RUNNING;
    private volatile boolean cancelled;
    /** Set when the process stops: the rebuild is left RUNNING, with its shadow schema, to resume at the next start. */
    private volatile boolean suspended;
    private volatile String message;
    private volatile TrackingEventProcessor processor;

    ProjectionRebuild(RebuildContext context, RebuildableReadModel readModel, Purpose purpose, String shadowName,
                      Instant startedAt) {
        this.context = context;
        this.readModel = readModel;
        this.purpose = purpose;
        this.shadowName = shadowName;
        this.startedAt = startedAt;
    }

    String group() {
        return readModel.processingGroup();
    }

    Purpose purpose() {
        return purpose;
    }

    String processorName() {
        return group() + "@" + purpose.name().toLowerCase(java.util.Locale.ROOT);
    }

    RebuildStatus status() {
        long head = context.head();
        long shown = Math.max(position, -1);
        double progress = head <= 0 ? 100.0 : Math.min(100.0, Math.floor(1000.0 * Math.max(shown, 0) / head) / 10);
        if (state == State.DONE) {
            progress = 100.0;
        }
        double rate = speed.eventsPerSecond();
        Double eta = rate > 0 && !finished() ? Math.max(0, head - shown) / rate : null;
        return new RebuildStatus(group(), purpose, state, shown, head, progress, rate, eta, startedAt,
                finished() ? Instant.now() : null, message, 0, List.of());
    }

    boolean finished() {
        return state == State.DONE || state == State.CANCELLED || state == State.FAILED;
    }

    void cancel() {
        cancelled = true;
        wake();
    }

    void suspend() {
        suspended = true;
        cancel();
    }

    @Override
    public void run() {
        StreamingEventProcessor live = context.liveProcessor(group());
        boolean liveStopped = false;
        try (ShadowSchema shadow = ShadowSchema.open(context.database(), shadowName)) {
            ProgressInvoker invoker = startProcessor(shadow);
            awaitPosition(() -> livePosition(live));
            if (suspended) {
                return;
            }
            if (cancelled) {
                finish(State.CANCELLED, "cancelled; the old tables kept serving throughout");
                return;
            }
            live.shutdownAsync().get(30, TimeUnit.SECONDS);
            liveStopped = true;
            TokenStore liveTokens = context.tokenStore(group());
            long target = context.storedPosition(liveTokens, group());
            if (purpose == Purpose.VERIFY) {
                if (position > target) {
                    throw new IllegalStateException("the live processor is behind the check (" + target + " < " + position
                            + "); run the check again once it has caught up");
                }
                invoker.fence(target);
            }
            awaitPosition(() -> target);
            if (suspended) {
                return;
            }
            if (cancelled) {
                finish(State.CANCELLED, "cancelled; the old tables kept serving throughout");
                return;
            }
            processor.shutdownAsync().get(30, TimeUnit.SECONDS);
            TrackingToken rebuilt = context.storedToken(processorName());
            state = State.SWITCHING;
            context.notify(this);
            if (purpose == Purpose.REBUILD) {
                context.switchIn(readModel, shadow, liveTokens, rebuilt, position);
                finish(State.DONE, "rebuilt up to position " + position + " and switched in");
            } else {
                TableComparison.Result result = TableComparison.compare(context.jdbc(), readModel, shadow);
                context.log().finished(group(), purpose, State.DONE, position,
                        result.differingRows() == 0 ? "the read model equals a fresh replay"
                                : result.differingRows() + " rows differ from a fresh replay",
                        result.differingRows(), result.differences());
                message = result.differingRows() + " differing rows";
                state = State.DONE;
                context.notify(this);
            }
        } catch (Exception e) {
            if (!suspended) {
                log.error("{} of {} failed", purpose, group(), e);
                finish(State.FAILED, e.getMessage());
            }
        } finally {
            if (processor != null) {
                processor.shutDown();
            }
            if (liveStopped && !suspended) {
                live.start();
            }
            if (!suspended) {
                context.cleanUp(processorName(), shadowName);
            }
            context.ended(this);
        }
    }

    private ProgressInvoker startProcessor(ShadowSchema shadow) {
        List<Object> handlers = new ShadowProjections(context.beans(), shadow.dataSource())
                .instancesOf(context.liveHandlers(group()));
        ProgressInvoker invoker = new ProgressInvoker(
                SimpleEventHandlerInvoker.builder().eventHandlers(handlers).build(), this::committed);
        TransactionManager transactions = new SpringTransactionManager(new DataSourceTransactionManager(shadow.dataSource()));
        processor = TrackingEventProcessor.builder()
                .name(processorName())
                .eventHandlerInvoker(invoker)
                .messageSource(context.eventStore())
                .tokenStore(JdbcTokenStore.builder()
                        .connectionProvider(new SpringDataSourceConnectionProvider(shadow.dataSource()))
                        .serializer(context.serializer())
                        .build())
                .transactionManager(transactions)
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(context.batchSize())
                        .andInitialTrackingToken(source -> null))
                .build();
        position = context.storedPositionOrMinusOne(processorName());
        processor.start();
        return invoker;
    }

    private void committed(long committedPosition) {
        speed.counted(1);
        if (committedPosition > position) {
            position = committedPosition;
        }
        wake();
        context.notify(this);
    }

    private void wake() {
        lock.lock();
        try {
            progressed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void awaitPosition(java.util.function.LongSupplier target) throws InterruptedException {
        lock.lock();
        try {
            while (!cancelled && position < target.getAsLong()) {
                if (processor.isError()) {
                    throw new IllegalStateException("the rebuild processor failed on an event: "
                            + processor.processingStatus().values().stream().map(s -> String.valueOf(s.getError()))
                            .findFirst().orElse("unknown error"));
                }
                progressed.await(WAKE_UP_MILLIS, TimeUnit.MILLISECONDS);
            }
        } finally {
            lock.unlock();
        }
    }

    private long livePosition(StreamingEventProcessor live) {
        if (!live.isRunning()) {
            return context.head();
        }
        return live.processingStatus().values().stream()
                .mapToLong(status -> status.getCurrentPosition().orElse(-1))
                .min().orElse(context.head());
    }

    private void finish(State end, String full) {
        String text = full == null || full.length() <= 500 ? full : full.substring(0, 500) + "…";
        message = text;
        state = end;
        context.log().finished(group(), purpose, end, position, text, 0, List.of());
        context.notify(this);
    }

    /** Events per second over the last few seconds. */
    private static final class RebuildSpeed {
        private final long[] counts = new long[5];
        private final long[] seconds = new long[5];

        synchronized void counted(long events) {
            long now = System.nanoTime() / 1_000_000_000L;
            int slot = (int) (now % counts.length);
            if (seconds[slot] != now) {
                seconds[slot] = now;
                counts[slot] = 0;
            }
            counts[slot] += events;
        }

        synchronized double eventsPerSecond() {
            long now = System.nanoTime() / 1_000_000_000L;
            long total = 0;
            int full = 0;
            for (int slot = 0; slot < counts.length; slot++) {
                if (seconds[slot] < now && seconds[slot] >= now - (counts.length - 1)) {
                    total += counts[slot];
                    full++;
                }
            }
            return full == 0 ? 0 : (double) total / full;
        }
    }
}
