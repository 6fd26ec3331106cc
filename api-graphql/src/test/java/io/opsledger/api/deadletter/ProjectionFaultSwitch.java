package io.opsledger.api.deadletter;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.annotation.Nonnull;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test-only: makes the handlers of one processing group fail, with a real SQL error, for the
 * events of chosen aggregates. Exists only in test sources and is loaded only by the tests that
 * name it in {@code spring.main.sources}: it carries no stereotype, so the application's component
 * scan (which sees test classes when a test starts the server in its own JVM) skips it, and the
 * handlers of other tests' servers are not wrapped. Production has no way to reach it.
 */
public class ProjectionFaultSwitch {

    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private volatile String processingGroup = "plan-overview";

    public void failFor(String processingGroup, String aggregateId) {
        this.processingGroup = processingGroup;
        failing.add(aggregateId);
    }

    public void heal() {
        failing.clear();
    }

    @Bean
    HandlerEnhancerDefinition projectionFault(JdbcClient jdbc) {
        ProjectionFaultSwitch fault = this;
        return new HandlerEnhancerDefinition() {
            @Override
            public @Nonnull <T> MessageHandlingMember<T> wrapHandler(@Nonnull MessageHandlingMember<T> original) {
                ProcessingGroup group = original.declaringClass().getAnnotation(ProcessingGroup.class);
                if (group == null || !original.canHandleMessageType(EventMessage.class)) {
                    return original;
                }
                return new WrappedMessageHandlingMember<>(original) {
                    @Override
                    public Object handle(@Nonnull Message<?> message, T target) throws Exception {
                        if (group.value().equals(fault.processingGroup) && message instanceof DomainEventMessage<?> event
                                && fault.failing.contains(event.getAggregateIdentifier())) {
                            // A real database error: on PostgreSQL it aborts the transaction it runs in.
                            jdbc.sql("SELECT 1 / 0").query().singleValue();
                        }
                        return super.handle(message, target);
                    }
                };
            }
        };
    }
}
