package io.opsledger.query.live;

import io.opsledger.kernel.alert.AlertEvent;
import io.opsledger.kernel.alert.AlertView;
import io.opsledger.kernel.alert.FindAlertQuery;
import io.opsledger.kernel.alert.WatchAlertsQuery;
import io.opsledger.kernel.backup.BackupJobEvent;
import io.opsledger.kernel.backup.BackupJobView;
import io.opsledger.kernel.backup.FindBackupJobQuery;
import io.opsledger.kernel.backup.WatchBackupJobsQuery;
import io.opsledger.kernel.pipeline.FindPipelineRunQuery;
import io.opsledger.kernel.pipeline.PipelineId;
import io.opsledger.kernel.pipeline.PipelineRunAnomalyDetectedEvent;
import io.opsledger.kernel.pipeline.PipelineRunEvent;
import io.opsledger.kernel.pipeline.PipelineRunId;
import io.opsledger.kernel.pipeline.PipelineRunView;
import io.opsledger.kernel.pipeline.WatchPipelineRunsQuery;
import io.opsledger.kernel.plan.FindPlanQuery;
import io.opsledger.kernel.plan.PlanEvent;
import io.opsledger.kernel.plan.PlanView;
import io.opsledger.query.readmodel.ProcessingGroups;
import io.opsledger.query.readmodel.ReadModelProgress;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Pushes each change to this instance's subscribers once the read model holds it. The handlers
 * only decide whether anyone here watches the entity; the push itself waits for the read model's
 * progress signal ({@link ReadModelProgress}) and then reads the view once, on the delivery pool,
 * so this processor's thread never waits for a projection. Pushes of one entity keep their order,
 * and a view identical to the one pushed last is not pushed again.
 */
@Component
@ProcessingGroup(LiveUpdates.PROCESSING_GROUP)
@DisallowReplay
public class LiveUpdates {

    public static final String PROCESSING_GROUP = ProcessingGroups.LIVE_UPDATES;
    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final QueryGateway queries;
    private final QueryUpdateEmitter emitter;
    private final ReadModelProgress progress;
    private final OrderedDelivery delivery;
    private final Duration maxWait;
    /** The view pushed last per entity, of the entities pushed most recently. */
    private final Map<String, Object> lastPushed = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > 1024;
        }
    });

    LiveUpdates(QueryGateway queries, QueryUpdateEmitter emitter, ReadModelProgress progress,
                LiveDeliveryPool pool, @Value("${opsledger.live.max-wait:3s}") Duration maxWait) {
        this.queries = queries;
        this.emitter = emitter;
        this.progress = progress;
        this.delivery = new OrderedDelivery(pool);
        this.maxWait = maxWait;
    }

    @EventHandler
    void on(PlanEvent event, DomainEventMessage<?> message) {
        if (watched(query -> query instanceof FindPlanQuery find && find.planId().equals(event.planId()))) {
            push(ProcessingGroups.PLAN_OVERVIEW, message, "plan " + event.planId(),
                    () -> queries.query(new FindPlanQuery(event.planId()), PlanView.class).join(),
                    view -> emitter.emit(FindPlanQuery.class, query -> query.planId().equals(event.planId()), view));
        }
    }

    @EventHandler
    void on(AlertEvent event, DomainEventMessage<?> message) {
        if (watched(query -> query instanceof WatchAlertsQuery
                || query instanceof FindAlertQuery find && find.alertId().equals(event.alertId().value()))) {
            push(ProcessingGroups.ALERT_FEED, message, "alert " + event.alertId(),
                    () -> queries.query(new FindAlertQuery(event.alertId().value()), AlertView.class).join(),
                    view -> {
                        emitter.emit(WatchAlertsQuery.class, query -> query.matches(view), view);
                        emitter.emit(FindAlertQuery.class, query -> query.alertId().equals(view.id()), view);
                    });
        }
    }

    @EventHandler
    void on(BackupJobEvent event, DomainEventMessage<?> message) {
        if (watched(query -> query instanceof WatchBackupJobsQuery
                || query instanceof FindBackupJobQuery find && find.jobId().equals(event.jobId()))) {
            push(ProcessingGroups.BACKUP_STATUS, message, "backup job " + event.jobId(),
                    () -> queries.query(new FindBackupJobQuery(event.jobId()), BackupJobView.class).join(),
                    view -> {
                        emitter.emit(FindBackupJobQuery.class, query -> query.jobId().equals(event.jobId()), view);
                        emitter.emit(WatchBackupJobsQuery.class, query -> true, view);
                    });
        }
    }

    @EventHandler
    void on(PipelineRunEvent event, DomainEventMessage<?> message) {
        pushRun(event.runId(), event.pipelineId(), message);
    }

    /** An anomaly is an event of the pipeline, not of the run: the wait is for the pipeline's sequence. */
    @EventHandler
    void on(PipelineRunAnomalyDetectedEvent event, DomainEventMessage<?> message) {
        pushRun(event.runId(), event.pipelineId(), message);
    }

    private void pushRun(PipelineRunId runId, PipelineId pipelineId, DomainEventMessage<?> message) {
        if (watched(query -> query instanceof WatchPipelineRunsQuery watch
                && (watch.pipelineId() == null || watch.pipelineId().equals(pipelineId))
                || query instanceof FindPipelineRunQuery find && find.runId().equals(runId))) {
            push(ProcessingGroups.PIPELINE_RUNS, message, "pipeline run " + runId,
                    () -> queries.query(new FindPipelineRunQuery(runId), PipelineRunView.class).join(),
                    view -> {
                        emitter.emit(FindPipelineRunQuery.class, query -> query.runId().equals(runId), view);
                        emitter.emit(WatchPipelineRunsQuery.class,
                                query -> query.pipelineId() == null || query.pipelineId().equals(pipelineId), view);
                    });
        }
    }

    private boolean watched(Predicate<Object> query) {
        return emitter.activeSubscriptions().stream().anyMatch(subscription -> query.test(subscription.getPayload()));
    }

    /**
     * Hands the push to the delivery pool: once {@code group} has applied the event (or after
     * {@code maxWait}, with what the read model holds), the view is read once and emitted.
     */
    private <V> void push(String group, DomainEventMessage<?> message, String what, Supplier<V> read, Consumer<V> emit) {
        String aggregate = message.getAggregateIdentifier();
        long sequence = message.getSequenceNumber();
        delivery.submit(what,
                () -> progress.whenApplied(group, aggregate, sequence, maxWait).thenAccept(caughtUp -> {
                    if (!caughtUp) {
                        log.warn("Read model {} did not apply {} (sequence {}) within {}; pushing what it holds",
                                group, what, sequence, maxWait);
                    }
                }),
                () -> {
                    V view = read.get();
                    if (view != null && !Objects.equals(lastPushed.put(what, view), view)) {
                        emit.accept(view);
                    }
                });
    }
}
