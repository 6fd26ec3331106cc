package io.opsledger.api.deadletter;

import org.axonframework.common.Priority;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.annotation.Nonnull;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lets a processing group park the one event whose handler fails, with the rest of its batch
 * applied: the failed handler's statements must be undone while the transaction stays usable for
 * the dead letter, which takes a savepoint around each handler. Savepoints cost two round trips
 * per event (a catch-up ran at a third of the speed with them), and handlers seldom fail, so a
 * processor's batches run without them, optimistically: when a handler fails there, the whole
 * batch is rolled back ({@link RetryWithSavepoints}), the processor retries it after its error
 * back-off, and the group's next {@value #CAREFUL_EVENTS} events (more than a batch) run with a
 * savepoint each, so the failing event is parked and the others applied. Work outside a
 * processor's batch (a dead letter's retry) always takes savepoints. Applied last, so it wraps
 * every other enhancement of the handler.
 */
@Priority(Priority.LAST)
class SavepointPerEventHandler implements HandlerEnhancerDefinition {

    static final int CAREFUL_EVENTS = 1_000;
    private static final String DOOMED = RetryWithSavepoints.class.getName();
    private static final Logger log = LoggerFactory.getLogger(SavepointPerEventHandler.class);

    private final PlatformTransactionManager transactionManager;
    /** Per processing group: how many more events run under a savepoint each. */
    private final Map<String, AtomicInteger> careful = new ConcurrentHashMap<>();

    SavepointPerEventHandler(PlatformTransactionManager transactionManager) {
        this.transactionManager = transactionManager;
    }

    /** Thrown at a batch's commit when a handler failed in it without a savepoint: the batch must be redone. */
    static final class RetryWithSavepoints extends RuntimeException {

        RetryWithSavepoints(String group, Throwable cause) {
            super("a handler of " + group + " failed in a batch run without savepoints (" + cause
                    + "); the batch is rolled back and retried with a savepoint per event", cause, false, false);
        }
    }

    @Override
    public @Nonnull <T> MessageHandlingMember<T> wrapHandler(@Nonnull MessageHandlingMember<T> original) {
        ProcessingGroup group = original.declaringClass().getAnnotation(ProcessingGroup.class);
        // Only where a failure is parked: the live updates only notify, and a savepoint would only delay them.
        boolean eventHandler = original.canHandleMessageType(EventMessage.class) && group != null
                && !DeadLetterConfiguration.NOT_PARKED.contains(group.value());
        return eventHandler
                ? new Savepointed<>(original, group.value(), careful.computeIfAbsent(group.value(), g -> new AtomicInteger()))
                : original;
    }

    private final class Savepointed<T> extends WrappedMessageHandlingMember<T> {

        private final String group;
        private final AtomicInteger carefulLeft;

        private Savepointed(MessageHandlingMember<T> delegate, String group, AtomicInteger carefulLeft) {
            super(delegate);
            this.group = group;
            this.carefulLeft = carefulLeft;
        }

        @Override
        public Object handle(@Nonnull Message<?> message, T target) throws Exception {
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                return super.handle(message, target);
            }
            UnitOfWork<?> batch = CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get().root() : null;
            if (batch instanceof BatchingUnitOfWork<?>) {
                RetryWithSavepoints doomed = batch.getResource(DOOMED);
                if (doomed != null) {
                    // The batch will be rolled back: its other events wait for the retry rather than
                    // fail in a transaction PostgreSQL has aborted (and be parked for it).
                    throw doomed;
                }
                if (carefulLeft.get() <= 0) {
                    return optimistically(message, target, batch);
                }
            }
            carefulLeft.updateAndGet(left -> Math.max(0, left - 1));
            return underSavepoint(message, target);
        }

        private Object optimistically(Message<?> message, T target, UnitOfWork<?> batch) throws Exception {
            try {
                return super.handle(message, target);
            } catch (Exception | Error failure) {
                carefulLeft.set(CAREFUL_EVENTS);
                RetryWithSavepoints retry = new RetryWithSavepoints(group, failure);
                log.info(retry.getMessage());
                batch.resources().put(DOOMED, retry);
                // Whatever the dead-letter queue does with the failure, the batch must not commit.
                batch.onPrepareCommit(unitOfWork -> {
                    throw retry;
                });
                throw retry;
            }
        }

        private Object underSavepoint(Message<?> message, T target) throws Exception {
            TransactionStatus savepoint = transactionManager.getTransaction(
                    new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED));
            Object result;
            try {
                result = super.handle(message, target);
            } catch (Exception | Error failure) {
                transactionManager.rollback(savepoint);
                throw failure;
            }
            transactionManager.commit(savepoint);
            return result;
        }
    }
}
