package io.opsledger.query.readmodel;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes every read-model processor report what it applied, once its transaction has committed:
 * to this instance's {@link ReadModelProgress}, and (before the commit, inside the transaction,
 * so it is delivered only if the commit succeeds) to the {@link Relay} that tells other instances.
 * A batch of events reports once, with the highest sequence of each aggregate.
 */
@Configuration(proxyBeanMethods = false)
public class ProgressReporting {

    /** One aggregate's position in one read model. */
    public record Position(String group, String aggregateId, long sequence) {
    }

    /** Carries positions to the other instances; called inside the projection's transaction. */
    public interface Relay {
        void publish(List<Position> positions);
    }

    @Autowired
    void configure(EventProcessingConfigurer processing, ReadModelProgress progress, ObjectProvider<Relay> relay) {
        for (String group : ProcessingGroups.READ_MODELS) {
            processing.registerHandlerInterceptor(group,
                    configuration -> new Reporter(group, progress, relay.getIfAvailable(() -> positions -> { })));
        }
    }

    private record Reporter(String group, ReadModelProgress progress, Relay relay)
            implements MessageHandlerInterceptor<EventMessage<?>> {

        @Override
        public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork,
                             InterceptorChain interceptorChain) throws Exception {
            Object result = interceptorChain.proceed();
            if (unitOfWork.getMessage() instanceof DomainEventMessage<?> event) {
                batch(unitOfWork.root()).merge(event.getAggregateIdentifier(), event.getSequenceNumber(), Math::max);
            }
            return result;
        }

        private Map<String, Long> batch(UnitOfWork<?> unitOfWork) {
            return unitOfWork.getOrComputeResource(Reporter.class.getName() + "/" + group, key -> {
                Map<String, Long> positions = new LinkedHashMap<>();
                unitOfWork.onPrepareCommit(u -> relay.publish(positions(positions)));
                unitOfWork.afterCommit(u -> positions.forEach((aggregate, sequence) ->
                        progress.applied(group, aggregate, sequence)));
                return positions;
            });
        }

        private List<Position> positions(Map<String, Long> positions) {
            return positions.entrySet().stream()
                    .map(entry -> new Position(group, entry.getKey(), entry.getValue()))
                    .toList();
        }
    }
}
