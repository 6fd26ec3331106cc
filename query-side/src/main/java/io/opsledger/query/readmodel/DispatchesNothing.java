package io.opsledger.query.readmodel;

import io.opsledger.kernel.MessageMetadata;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * Marks the query side's event handling as dispatching nothing
 * ({@link MessageMetadata#DISPATCHES_NOTHING}). Axon wraps each handled event's result in a new
 * message, and every new message asks the correlation data providers for the metadata it should
 * inherit; working it out read (deserialised) every event's metadata and formatted a timestamp in
 * every processor, about a tenth of a projection's CPU while catching up (docs/performance.md).
 * Nothing the query side creates is stored or sent on, so it needs none.
 */
@Configuration(proxyBeanMethods = false)
public class DispatchesNothing {

    @Autowired
    void configure(EventProcessingConfigurer processing) {
        for (String group : ProcessingGroups.QUERY_SIDE) {
            processing.registerHandlerInterceptor(group, configuration -> new Marker());
        }
    }

    private static final class Marker implements MessageHandlerInterceptor<EventMessage<?>> {

        @Override
        public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
                throws Exception {
            unitOfWork.root().resources().putIfAbsent(MessageMetadata.DISPATCHES_NOTHING, Boolean.TRUE);
            return interceptorChain.proceed();
        }
    }
}
