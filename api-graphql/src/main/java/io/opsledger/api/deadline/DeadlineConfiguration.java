package io.opsledger.api.deadline;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerBinaryDeadlineDetails;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;

/**
 * Deadlines that survive a restart: Axon's {@link DbSchedulerDeadlineManager} on db-scheduler,
 * whose {@code scheduled_tasks} table Flyway creates beside the event store, on PostgreSQL and
 * H2 alike. A deadline scheduled by a command is written in that command's transaction (the
 * data source is transaction-aware), so it exists exactly when the events that asked for it do.
 * Several instances share the table; db-scheduler lets exactly one of them pick each deadline.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

    /** The task that runs due deadlines; named so that Axon's own db-scheduler configuration steps aside. */
    @Bean
    @Qualifier("deadlineDetailsTask")
    Task<DbSchedulerBinaryDeadlineDetails> deadlineDetailsTask(ApplicationContext context) {
        return DbSchedulerDeadlineManager.binaryTask(() -> context.getBean(DbSchedulerDeadlineManager.class));
    }

    /**
     * Polls the table for due deadlines every {@code opsledger.deadlines.polling-interval}; a
     * deadline fires at most that long after its time. Started and stopped by the deadline
     * manager with Axon's lifecycle, once the aggregates it calls into are ready.
     */
    @Bean(destroyMethod = "")
    Scheduler deadlineScheduler(DataSource dataSource, List<Task<?>> tasks,
                                @Value("${opsledger.deadlines.polling-interval:10s}") Duration pollingInterval) {
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), List.copyOf(tasks))
                .pollingInterval(pollingInterval)
                .threads(2)
                .enableImmediateExecution()
                .shutdownMaxWait(Duration.ofSeconds(2))
                .build();
    }

    @Bean
    DeadlineManager deadlineManager(Scheduler deadlineScheduler, org.axonframework.config.Configuration configuration,
                                    Serializer serializer, TransactionManager transactionManager) {
        return DbSchedulerDeadlineManager.builder()
                .scheduler(deadlineScheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(configuration))
                .serializer(serializer)
                .transactionManager(transactionManager)
                .startScheduler(true)
                .stopScheduler(true)
                .build();
    }
}
