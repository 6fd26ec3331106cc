package io.opsledger.api.deadletter;

import io.opsledger.query.live.LiveUpdates;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.Set;

/**
 * A JDBC dead-letter queue for every processing group but the per-instance live updates (their
 * token is in memory and their work is only a notification: a shared queue would be wrong). The
 * enqueue policy counts attempts in the letter's diagnostics and raises an alert for a newly
 * parked event.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

    static final String ATTEMPTS = "attempts";
    static final Set<String> NOT_PARKED = Set.of(LiveUpdates.PROCESSING_GROUP);

    @Autowired
    void deadLetterQueues(EventProcessingConfigurer processing, ConnectionProvider connectionProvider,
                          TransactionManager transactionManager, Serializer serializer,
                          @Qualifier("eventSerializer") Serializer eventSerializer, DeadLetterAlerts alerts) {
        processing.registerDeadLetterQueueProvider(group -> NOT_PARKED.contains(group) ? null
                : configuration -> JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                        .processingGroup(group)
                        .connectionProvider(connectionProvider)
                        .transactionManager(transactionManager)
                        .schema(DeadLetterSchema.defaultSchema())
                        .genericSerializer(serializer)
                        .eventSerializer(eventSerializer)
                        .build());
        processing.registerDefaultDeadLetterPolicy(configuration -> countingPolicy(alerts));
    }

    /** Parks every failure (nothing is skipped), counting attempts; a first attempt raises the alert. */
    private static EnqueuePolicy<EventMessage<?>> countingPolicy(DeadLetterAlerts alerts) {
        return (letter, cause) -> {
            if (cause instanceof SavepointPerEventHandler.RetryWithSavepoints) {
                // Not this event's failure yet: its batch is redone with savepoints, where it is parked if it fails again.
                return Decisions.doNotEnqueue();
            }
            Object previous = letter.diagnostics().get(ATTEMPTS);
            int attempts = previous instanceof Number number ? number.intValue() + 1 : 1;
            if (attempts == 1) {
                alerts.parked(letter.message(), cause);
            }
            return Decisions.enqueue(cause, current -> current.diagnostics().and(ATTEMPTS, attempts));
        };
    }

    /**
     * Each handler of a processing group runs under a savepoint, so a failed SQL statement rolls
     * back only that handler's work: on PostgreSQL it would otherwise abort the whole transaction,
     * and the dead letter could not be written in it.
     */
    @Bean
    SavepointPerEventHandler savepointPerEventHandler(PlatformTransactionManager transactionManager) {
        return new SavepointPerEventHandler(transactionManager);
    }
}
