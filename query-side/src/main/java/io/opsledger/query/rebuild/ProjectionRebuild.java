package io.opsledger.query.rebuild;

import io.opsledger.query.rebuild.RebuildStatus.Purpose;
import io.opsledger.query.rebuild.RebuildStatus.State;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One rebuild or consistency check of one processing group, on a thread of its own:
 * <ol>
 *   <li>a tracking processor named {@code <group>@rebuild} (or {@code @verify}) runs the
 *   projection's handlers from the first event into the target's aside copy (a shadow schema, a
 *   second search index); its position is stored with what it wrote, so after a crash it goes on
 *   where it stood;</li>
 *   <li>once it has caught up with the live processor, the live processor is stopped (the old
 *   output keeps serving reads) and the rebuild runs up to the live processor's position;</li>
 *   <li>a rebuild then switches the aside copy in and moves the live processor's position; a
 *   check compares both instead; either way the live processor starts again.</li>
 * </ol>
 */
final class ProjectionRebuild implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);
    /** Only a guard: each committed batch wakes the waiting thread. */
    private static final long WAKE_UP_MILLIS = 1000;

    private final RebuildContext context;
    private final RebuildTarget target;
    private final Purpose purpose;
    private final String asideName;
    private final Instant startedAt;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition progressed = lock.newCondition();
    private final RebuildSpeed speed = new RebuildSpeed();
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile long position = -1;
    private volatile State state = State.RUNNING;
    private volatile boolean cancelled;
    /** Set when the process stops: the rebuild is left RUNNING, with its aside copy, to resume at the next start. */
    private volatile boolean suspended;
    private volatile String message;
    /** How it ended, shown once the processor is stopped and the aside copy closed or discarded. */
    private volatile State ending;
    private volatile TrackingEventProcessor processor;

    ProjectionRebuild(RebuildContext context, RebuildTarget target, Purpose purpose, String asideName, Instant startedAt) {
        this.context = context;
        this.target = target;
        this.purpose = purpose;
        this.asideName = asideName;
        this.startedAt = startedAt;
    }

    String group() {
        return target.processingGroup();
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

    /** Leaves the rebuild as it stands, for the next start, and waits until its processor has stopped. */
    void suspend(long waitMillis) throws InterruptedException {
        suspended = true;
        cancel();
        ended.await(waitMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void run() {
        StreamingEventProcessor live = context.liveProcessor(group());
        boolean liveStopped = false;
        RebuildTarget.Aside aside = null;
        try {
            aside = target.open(asideName, purpose);
            ProgressInvoker invoker = startProcessor(aside);
            awaitPosition(() -> livePosition(live));
            if (suspended) {
                return;
            }
            if (cancelled) {
                finish(State.CANCELLED, "cancelled; the old output kept serving throughout");
                return;
            }
            live.shutdownAsync().get(30, TimeUnit.SECONDS);
            liveStopped = true;
            TokenStore liveTokens = context.tokenStore(group());
            long stopAt = context.storedPosition(liveTokens, group());
            if (purpose == Purpose.VERIFY) {
                if (position > stopAt) {
                    throw new IllegalStateException("the live processor is behind the check (" + stopAt + " < " + position
                            + "); run the check again once it has caught up");
                }
                invoker.fence(stopAt);
            }
            awaitPosition(() -> stopAt);
            if (suspended) {
                return;
            }
            if (cancelled) {
                finish(State.CANCELLED, "cancelled; the old output kept serving throughout");
                return;
            }
            processor.shutdownAsync().get(30, TimeUnit.SECONDS);
            TrackingToken rebuilt = RebuildContext.storedToken(aside.tokenStore(processorName()),
                    aside.transactionManager(), processorName());
            state = State.SWITCHING;
            context.notify(this);
            if (purpose == Purpose.REBUILD) {
                String done = "rebuilt up to position " + position + " and switched in";
                aside.switchIn(liveTokens, rebuilt, () -> context.log().finished(group(), Purpose.REBUILD, State.DONE,
                        position, done, 0, List.of()));
                finish(State.DONE, done);
            } else {
                RebuildTarget.Comparison result = aside.compare();
                context.log().finished(group(), purpose, State.DONE, position,
                        result.differingRows() == 0 ? "the read model equals a fresh replay"
                                : result.differingRows() + " rows differ from a fresh replay",
                        result.differingRows(), result.differences());
                message = result.differingRows() + " differing rows";
                ending = State.DONE;
            }
        } catch (Exception e) {
            if (!suspended) {
                log.error("{} of {} failed", purpose, group(), e);
                finish(State.FAILED, e.getMessage());
            }
        } finally {
            try {
                if (processor != null) {
                    processor.shutDown();
                }
                if (aside != null) {
                    aside.close();
                }
                if (liveStopped && !suspended) {
                    live.start();
                }
                if (!suspended) {
                    target.discard(asideName, processorName());
                }
            } finally {
                if (ending != null) {
                    state = ending;
                }
                context.ended(this);
                ended.countDown();
            }
        }
    }

    private ProgressInvoker startProcessor(RebuildTarget.Aside aside) {
        ProgressInvoker invoker = new ProgressInvoker(
                SimpleEventHandlerInvoker.builder().eventHandlers(aside.handlers()).build(), this::committed);
        TokenStore tokens = aside.tokenStore(processorName());
        processor = TrackingEventProcessor.builder()
                .name(processorName())
                .eventHandlerInvoker(invoker)
                .messageSource(context.eventStore())
                .tokenStore(tokens)
                .transactionManager(aside.transactionManager())
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(context.batchSize())
                        .andInitialTrackingToken(source -> null))
                .build();
        position = RebuildContext.storedPositionOrMinusOne(tokens, aside.transactionManager(), processorName());
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
        ending = end;
        context.log().finished(group(), purpose, end, position, text, 0, List.of());
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
