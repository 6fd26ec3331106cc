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
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Pushes each change to this instance's subscribers once the read model holds it: the view it
 * pushes is read back from the shared read model, and only when that view has reached the event's
 * sequence number, so a subscriber never sees less than the event it was told about.
 */
@Component
@ProcessingGroup(LiveUpdates.PROCESSING_GROUP)
@DisallowReplay
public class LiveUpdates {

    public static final String PROCESSING_GROUP = "live-updates";
    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final QueryGateway queries;
    private final QueryUpdateEmitter emitter;
    private final Duration maxWait;

    LiveUpdates(QueryGateway queries, QueryUpdateEmitter emitter,
                @Value("${opsledger.live.max-wait:3s}") Duration maxWait) {
        this.queries = queries;
        this.emitter = emitter;
        this.maxWait = maxWait;
    }

    @EventHandler
    void on(PlanEvent event, @SequenceNumber long sequence) {
        if (!watched(query -> query instanceof FindPlanQuery find && find.planId().equals(event.planId()))) {
            return;
        }
        PlanView view = await(() -> queries.query(new FindPlanQuery(event.planId()), PlanView.class).join(),
                plan -> plan.revision() >= sequence, "plan " + event.planId());
        if (view != null) {
            emitter.emit(FindPlanQuery.class, query -> query.planId().equals(event.planId()), view);
        }
    }

    @EventHandler
    void on(AlertEvent event, @SequenceNumber long sequence) {
        if (!watched(query -> query instanceof WatchAlertsQuery
                || query instanceof FindAlertQuery find && find.alertId().equals(event.alertId().value()))) {
            return;
        }
        AlertView view = await(() -> queries.query(new FindAlertQuery(event.alertId().value()), AlertView.class).join(),
                alert -> alert.revision() >= sequence, "alert " + event.alertId());
        if (view != null) {
            emitter.emit(WatchAlertsQuery.class, query -> query.matches(view), view);
            emitter.emit(FindAlertQuery.class, query -> query.alertId().equals(view.id()), view);
        }
    }

    @EventHandler
    void on(BackupJobEvent event, @SequenceNumber long sequence) {
        if (!watched(query -> query instanceof WatchBackupJobsQuery
                || query instanceof FindBackupJobQuery find && find.jobId().equals(event.jobId()))) {
            return;
        }
        BackupJobView view = await(() -> queries.query(new FindBackupJobQuery(event.jobId()), BackupJobView.class).join(),
                job -> job.revision() >= sequence, "backup job " + event.jobId());
        if (view != null) {
            emitter.emit(FindBackupJobQuery.class, query -> query.jobId().equals(event.jobId()), view);
            emitter.emit(WatchBackupJobsQuery.class, query -> true, view);
        }
    }

    @EventHandler
    void on(PipelineRunEvent event, @SequenceNumber long sequence) {
        pushRun(event.runId(), event.pipelineId(), run -> run.revision() >= sequence);
    }

    /** An anomaly is recorded on the pipeline, not the run: the run's revision does not move. */
    @EventHandler
    void on(PipelineRunAnomalyDetectedEvent event) {
        pushRun(event.runId(), event.pipelineId(), run -> !run.anomalies().isEmpty());
    }

    private void pushRun(PipelineRunId runId, PipelineId pipelineId, Predicate<PipelineRunView> caughtUp) {
        if (!watched(query -> query instanceof WatchPipelineRunsQuery watch
                && (watch.pipelineId() == null || watch.pipelineId().equals(pipelineId))
                || query instanceof FindPipelineRunQuery find && find.runId().equals(runId))) {
            return;
        }
        PipelineRunView view = await(() -> queries.query(new FindPipelineRunQuery(runId), PipelineRunView.class).join(),
                caughtUp, "pipeline run " + runId);
        if (view != null) {
            emitter.emit(FindPipelineRunQuery.class, query -> query.runId().equals(runId), view);
            emitter.emit(WatchPipelineRunsQuery.class,
                    query -> query.pipelineId() == null || query.pipelineId().equals(pipelineId), view);
        }
    }

    private boolean watched(Predicate<Object> query) {
        return emitter.activeSubscriptions().stream().anyMatch(subscription -> query.test(subscription.getPayload()));
    }

    /** Reads the view until it shows the event; after {@code maxWait}, whatever the read model holds. */
    private <V> V await(Supplier<V> read, Predicate<V> caughtUp, String what) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        V view = read.get();
        while ((view == null || !caughtUp.test(view)) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return view;
            }
            view = read.get();
        }
        if (view == null || !caughtUp.test(view)) {
            log.warn("Read model of {} did not catch up within {}; pushing what it holds", what, maxWait);
        }
        return view;
    }
}
