package io.opsledger.api.deadletter;

import org.axonframework.common.Priority;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.annotation.Nonnull;

/**
 * Runs each event handler of a processing group (not aggregates' event-sourcing handlers) in a
 * nested transaction, i.e. under a savepoint of the processor's transaction. When the handler
 * fails, its own statements are rolled back and the transaction stays usable for the dead letter.
 * Applied last, so it wraps every other enhancement of the handler.
 */
@Priority(Priority.LAST)
class SavepointPerEventHandler implements HandlerEnhancerDefinition {

    private final PlatformTransactionManager transactionManager;

    SavepointPerEventHandler(PlatformTransactionManager transactionManager) {
        this.transactionManager = transactionManager;
    }

    @Override
    public @Nonnull <T> MessageHandlingMember<T> wrapHandler(@Nonnull MessageHandlingMember<T> original) {
        ProcessingGroup group = original.declaringClass().getAnnotation(ProcessingGroup.class);
        // Only where a failure is parked: the live updates only notify, and a savepoint would only delay them.
        boolean eventHandler = original.canHandleMessageType(EventMessage.class) && group != null
                && !DeadLetterConfiguration.NOT_PARKED.contains(group.value());
        return eventHandler ? new Savepointed<>(original, transactionManager) : original;
    }

    private static final class Savepointed<T> extends WrappedMessageHandlingMember<T> {

        private final PlatformTransactionManager transactionManager;

        private Savepointed(MessageHandlingMember<T> delegate, PlatformTransactionManager transactionManager) {
            super(delegate);
            this.transactionManager = transactionManager;
        }

        @Override
        public Object handle(@Nonnull Message<?> message, T target) throws Exception {
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                return super.handle(message, target);
            }
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
