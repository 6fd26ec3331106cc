package io.opsledger.query.rebuild;

import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.function.LongConsumer;

/**
 * Lets every event through the rebuild processor (so that its position is known even across
 * events the projection ignores), hands those the projection handles to its handlers, and reports
 * each position once the batch holding it has committed. With a fence, events past it are passed
 * over: a consistency check compares with the live processor at exactly the fence.
 */
final class ProgressInvoker implements EventHandlerInvoker {

    static final long NO_FENCE = Long.MAX_VALUE;

    private final EventHandlerInvoker delegate;
    private final LongConsumer committed;
    private volatile long fence = NO_FENCE;

    ProgressInvoker(EventHandlerInvoker delegate, LongConsumer committed) {
        this.delegate = delegate;
        this.committed = committed;
    }

    void fence(long position) {
        this.fence = position;
    }

    @Override
    public boolean canHandle(EventMessage<?> event, Segment segment) {
        return true;
    }

    @Override
    public boolean canHandleType(Class<?> payloadType) {
        return true;
    }

    @Override
    public void handle(EventMessage<?> event, Segment segment) throws Exception {
        long position = event instanceof TrackedEventMessage<?> tracked
                ? tracked.trackingToken().position().orElse(-1) : -1;
        if (position <= fence && delegate.canHandle(event, segment)) {
            delegate.handle(event, segment);
        }
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> committed.accept(position));
        } else {
            committed.accept(position);
        }
    }
}
