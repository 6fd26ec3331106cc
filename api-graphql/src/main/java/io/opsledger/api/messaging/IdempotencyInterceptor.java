package io.opsledger.api.messaging;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Records the outcome of a command sent with an idempotency key in the command's own unit of work,
 * which the command bus runs in one transaction with the event store's append: either the events
 * and the key's outcome both commit, or neither does. Axon's auto-configuration registers it on the
 * command bus, as it does every command handler interceptor bean.
 */
@Component
class IdempotencyInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    static final String KEY = "idempotencyKey";
    static final String CREATED_ID = "createdId";
    static final String AGGREGATE_ID = "aggregateId";

    private final IdempotencyStore store;

    IdempotencyInterceptor(IdempotencyStore store) {
        this.store = store;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        if (!(command.getMetaData().get(KEY) instanceof String key)) {
            return interceptorChain.proceed();
        }
        store.claim(key);
        Object answer = interceptorChain.proceed();
        Object createdId = command.getMetaData().get(CREATED_ID);
        store.record(key, CommandResult.of((String) command.getMetaData().get(AGGREGATE_ID), answer,
                createdId == null ? null : UUID.fromString(createdId.toString())));
        return answer;
    }
}
