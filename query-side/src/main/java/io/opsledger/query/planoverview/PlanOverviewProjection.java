package io.opsledger.query.planoverview;

import io.opsledger.query.readmodel.ProcessingGroups;
import io.opsledger.query.readmodel.ReadModelTime;
import io.opsledger.query.readmodel.RevisionGuard;
import io.opsledger.kernel.plan.ConflictDetectedEvent;
import io.opsledger.kernel.plan.ConflictResolvedEvent;
import io.opsledger.kernel.plan.ConflictStrategyChangedEvent;
import io.opsledger.kernel.plan.PhaseAddedEvent;
import io.opsledger.kernel.plan.PhaseRemovedEvent;
import io.opsledger.kernel.plan.PhaseRenamedEvent;
import io.opsledger.kernel.plan.PlanCreatedEvent;
import io.opsledger.kernel.plan.PlanEvent;
import io.opsledger.kernel.plan.PlanId;
import io.opsledger.kernel.plan.PlanMarkdownImportedEvent;
import io.opsledger.kernel.plan.PlanProgress;
import io.opsledger.kernel.plan.PlanRenamedEvent;
import io.opsledger.kernel.plan.PlanStatus;
import io.opsledger.kernel.plan.PlanStatusChangedEvent;
import io.opsledger.kernel.plan.PlanVersionChangedEvent;
import io.opsledger.kernel.plan.TaskAddedEvent;
import io.opsledger.kernel.plan.TaskEditedEvent;
import io.opsledger.kernel.plan.TaskId;
import io.opsledger.kernel.plan.TaskMovedEvent;
import io.opsledger.kernel.plan.TaskOverdueEvent;
import io.opsledger.kernel.plan.TaskPrerequisitesSetEvent;
import io.opsledger.kernel.plan.TaskRemovedEvent;
import io.opsledger.kernel.plan.TaskStatus;
import io.opsledger.kernel.plan.TaskStatusChangedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Keeps the plan overview tables in step with plan events. Every handler first claims the event
 * ({@link #claim}): the plan's stored revision moves forward to the event's sequence number, or
 * the event was applied already and the handler does nothing. Replaying events therefore never
 * applies one twice, whatever the token store says. Subscribers are told by each instance's
 * live-updates processor, not from here: this processor runs on one instance only.
 */
@Component
@ProcessingGroup(PlanOverviewProjection.PROCESSING_GROUP)
class PlanOverviewProjection {

    static final String PROCESSING_GROUP = ProcessingGroups.PLAN_OVERVIEW;

    private final JdbcClient jdbc;
    private final PlanOverviewRepository repository;

    PlanOverviewProjection(JdbcClient jdbc, PlanOverviewRepository repository) {
        this.jdbc = jdbc;
        this.repository = repository;
    }

    @EventHandler
    void on(PlanCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        OffsetDateTime at = ReadModelTime.of(timestamp);
        jdbc.sql("""
                        INSERT INTO plan_summary (plan_id, title, version, status, conflict_strategy, revision,
                                                  created_at, updated_at)
                        SELECT :id, :title, :version, :status, :strategy, :revision, :at, :at
                        WHERE NOT EXISTS (SELECT 1 FROM plan_summary WHERE plan_id = :id)""")
                .param("id", event.planId().value())
                .param("title", event.title())
                .param("version", event.version())
                .param("status", PlanStatus.DRAFT.name())
                .param("strategy", event.conflictStrategy().name())
                .param("revision", sequence)
                .param("at", at)
                .update();
    }

    @EventHandler
    void on(PlanRenamedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            updateSummary(event.planId(), "title = :value", event.title());
        }
    }

    @EventHandler
    void on(PlanVersionChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            updateSummary(event.planId(), "version = :value", event.version());
        }
    }

    @EventHandler
    void on(PlanStatusChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            updateSummary(event.planId(), "status = :value", event.to().name());
        }
    }

    @EventHandler
    void on(PhaseAddedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            jdbc.sql("""
                            INSERT INTO plan_phase (plan_id, phase_id, phase_number, title)
                            VALUES (:plan, :phase, :number, :title)""")
                    .param("plan", event.planId().value())
                    .param("phase", event.phaseId().value())
                    .param("number", event.number())
                    .param("title", event.title())
                    .update();
            refreshFigures(event.planId());
        }
    }

    @EventHandler
    void on(PhaseRenamedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            jdbc.sql("UPDATE plan_phase SET title = :title WHERE plan_id = :plan AND phase_id = :phase")
                    .param("title", event.title())
                    .param("plan", event.planId().value())
                    .param("phase", event.phaseId().value())
                    .update();
        }
    }

    @EventHandler
    void on(PhaseRemovedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            jdbc.sql("DELETE FROM plan_phase WHERE plan_id = :plan AND phase_id = :phase")
                    .param("plan", event.planId().value())
                    .param("phase", event.phaseId().value())
                    .update();
            refreshFigures(event.planId());
        }
    }

    @EventHandler
    void on(TaskAddedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            UUID plan = event.planId().value();
            jdbc.sql("""
                            INSERT INTO plan_task (plan_id, task_id, phase_id, task_order, description, status, priority, due_date)
                            VALUES (:plan, :task, :phase,
                                    (SELECT COUNT(*) FROM plan_task WHERE plan_id = :plan AND phase_id = :phase),
                                    :description, :status, :priority, :dueDate)""")
                    .param("plan", plan)
                    .param("task", event.taskId().value())
                    .param("phase", event.phaseId().value())
                    .param("description", event.description())
                    .param("status", TaskStatus.TODO.name())
                    .param("priority", event.priority().name())
                    .param("dueDate", event.dueDate())
                    .update();
            insertPrerequisites(plan, event.taskId(), event.prerequisites());
            refreshFigures(event.planId());
        }
    }

    @EventHandler
    void on(TaskEditedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            jdbc.sql("""
                            UPDATE plan_task SET description = :description, priority = :priority, due_date = :dueDate
                            WHERE plan_id = :plan AND task_id = :task""")
                    .param("description", event.description())
                    .param("priority", event.priority().name())
                    .param("dueDate", event.dueDate())
                    .param("plan", event.planId().value())
                    .param("task", event.taskId().value())
                    .update();
        }
    }

    @EventHandler
    void on(TaskMovedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            UUID plan = event.planId().value();
            List<UUID> source = repository.taskOrder(plan, event.fromPhaseId().value());
            source.remove(event.taskId().value());
            List<UUID> target = event.fromPhaseId().equals(event.toPhaseId())
                    ? source : repository.taskOrder(plan, event.toPhaseId().value());
            target.add(event.position(), event.taskId().value());
            jdbc.sql("UPDATE plan_task SET phase_id = :phase WHERE plan_id = :plan AND task_id = :task")
                    .param("phase", event.toPhaseId().value())
                    .param("plan", plan)
                    .param("task", event.taskId().value())
                    .update();
            renumber(plan, source);
            renumber(plan, target);
            refreshFigures(event.planId());
        }
    }

    @EventHandler
    void on(TaskRemovedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            UUID plan = event.planId().value();
            UUID phase = jdbc.sql("SELECT phase_id FROM plan_task WHERE plan_id = :plan AND task_id = :task")
                    .param("plan", plan)
                    .param("task", event.taskId().value())
                    .query(UUID.class)
                    .single();
            jdbc.sql("DELETE FROM plan_task_prerequisite WHERE plan_id = :plan AND task_id = :task")
                    .param("plan", plan)
                    .param("task", event.taskId().value())
                    .update();
            jdbc.sql("DELETE FROM plan_task WHERE plan_id = :plan AND task_id = :task")
                    .param("plan", plan)
                    .param("task", event.taskId().value())
                    .update();
            renumber(plan, repository.taskOrder(plan, phase));
            refreshFigures(event.planId());
        }
    }

    @EventHandler
    void on(TaskStatusChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            jdbc.sql("UPDATE plan_task SET status = :status WHERE plan_id = :plan AND task_id = :task")
                    .param("status", event.to().name())
                    .param("plan", event.planId().value())
                    .param("task", event.taskId().value())
                    .update();
            refreshFigures(event.planId());
        }
    }

    @EventHandler
    void on(TaskPrerequisitesSetEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            UUID plan = event.planId().value();
            jdbc.sql("DELETE FROM plan_task_prerequisite WHERE plan_id = :plan AND task_id = :task")
                    .param("plan", plan)
                    .param("task", event.taskId().value())
                    .update();
            insertPrerequisites(plan, event.taskId(), event.prerequisites());
        }
    }

    @EventHandler
    void on(ConflictStrategyChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            updateSummary(event.planId(), "conflict_strategy = :value", event.strategy().name());
        }
    }

    @EventHandler
    void on(ConflictDetectedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            jdbc.sql("""
                            INSERT INTO plan_conflict (conflict_id, plan_id, conflict_type, strategy, based_on_revision,
                                                       field, entity_id, base_value, current_value, incoming_value,
                                                       status, detected_at)
                            VALUES (:id, :plan, :type, :strategy, :basedOn, :field, :entity, :base, :current,
                                    :incoming, 'OPEN', :at)""")
                    .param("id", event.conflictId().value())
                    .param("plan", event.planId().value())
                    .param("type", event.type().name())
                    .param("strategy", event.strategy().name())
                    .param("basedOn", event.basedOnRevision())
                    .param("field", event.field())
                    .param("entity", event.entityId())
                    .param("base", event.base())
                    .param("current", event.current())
                    .param("incoming", event.incoming())
                    .param("at", ReadModelTime.of(timestamp))
                    .update();
            countOpenConflicts(event.planId());
        }
    }

    @EventHandler
    void on(ConflictResolvedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            jdbc.sql("""
                            UPDATE plan_conflict SET status = 'RESOLVED', resolution = :resolution,
                                   resolved_value = :value, resolved_at = :at
                            WHERE conflict_id = :id""")
                    .param("resolution", event.resolution().name())
                    .param("value", event.value())
                    .param("at", ReadModelTime.of(timestamp))
                    .param("id", event.conflictId().value())
                    .update();
            countOpenConflicts(event.planId());
        }
    }

    @EventHandler
    void on(PlanMarkdownImportedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        if (claim(event, sequence, timestamp)) {
            UUID plan = event.planId().value();
            jdbc.sql("DELETE FROM plan_markdown_layout WHERE plan_id = :plan").param("plan", plan).update();
            jdbc.sql("""
                            INSERT INTO plan_markdown_layout (plan_id, markdown, phase_ids, task_ids)
                            VALUES (:plan, :markdown, :phases, :tasks)""")
                    .param("plan", plan)
                    .param("markdown", event.markdown())
                    .param("phases", joined(event.phaseIds()))
                    .param("tasks", joined(event.taskIds()))
                    .update();
        }
    }

    private static String joined(List<?> ids) {
        return ids.stream().map(Object::toString).collect(Collectors.joining(","));
    }

    /** Overdue is derived from the due date when read; the event only moves the revision on. */
    @EventHandler
    void on(TaskOverdueEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        claim(event, sequence, timestamp);
    }

    @ResetHandler
    void reset() {
        for (String table : List.of("plan_markdown_layout", "plan_conflict", "plan_task_prerequisite", "plan_task", "plan_phase", "plan_summary")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    /**
     * Moves the plan's revision forward to this event; false when the event was applied already
     * (or the plan is unknown to this read model, which only a corrupted store could cause).
     */
    private boolean claim(PlanEvent event, long sequence, Instant timestamp) {
        return RevisionGuard.claim(jdbc, "plan_summary", "plan_id", event.planId().value(), sequence, timestamp);
    }

    private void updateSummary(PlanId planId, String assignment, Object value) {
        jdbc.sql("UPDATE plan_summary SET " + assignment + " WHERE plan_id = :id")
                .param("value", value)
                .param("id", planId.value())
                .update();
    }

    private void countOpenConflicts(PlanId planId) {
        jdbc.sql("""
                        UPDATE plan_summary SET open_conflict_count =
                            (SELECT COUNT(*) FROM plan_conflict WHERE plan_id = :id AND status = 'OPEN')
                        WHERE plan_id = :id""")
                .param("id", planId.value())
                .update();
    }

    private void insertPrerequisites(UUID plan, TaskId task, List<TaskId> prerequisites) {
        for (int i = 0; i < prerequisites.size(); i++) {
            jdbc.sql("""
                            INSERT INTO plan_task_prerequisite (plan_id, task_id, prerequisite_id, ordinal)
                            VALUES (:plan, :task, :prerequisite, :ordinal)""")
                    .param("plan", plan)
                    .param("task", task.value())
                    .param("prerequisite", prerequisites.get(i).value())
                    .param("ordinal", i)
                    .update();
        }
    }

    private void renumber(UUID plan, List<UUID> orderedTasks) {
        for (int i = 0; i < orderedTasks.size(); i++) {
            jdbc.sql("UPDATE plan_task SET task_order = :order WHERE plan_id = :plan AND task_id = :task")
                    .param("order", i)
                    .param("plan", plan)
                    .param("task", orderedTasks.get(i))
                    .update();
        }
    }

    /** Recomputes phase and plan progress and the counts, as {@link PlanProgress} defines them. */
    private void refreshFigures(PlanId planId) {
        UUID plan = planId.value();
        List<PhaseCount> counts = jdbc.sql("""
                        SELECT ph.phase_id,
                               COUNT(t.task_id) AS tasks,
                               COALESCE(SUM(CASE WHEN t.status = 'DONE' THEN 1 ELSE 0 END), 0) AS done
                        FROM plan_phase ph
                        LEFT JOIN plan_task t ON t.plan_id = ph.plan_id AND t.phase_id = ph.phase_id
                        WHERE ph.plan_id = :plan
                        GROUP BY ph.phase_id""")
                .param("plan", plan)
                .query((rs, row) -> new PhaseCount(rs.getObject("phase_id", UUID.class), rs.getInt("tasks"), rs.getInt("done")))
                .list();
        for (PhaseCount count : counts) {
            jdbc.sql("UPDATE plan_phase SET progress = :progress WHERE plan_id = :plan AND phase_id = :phase")
                    .param("progress", count.progress())
                    .param("plan", plan)
                    .param("phase", count.phaseId())
                    .update();
        }
        jdbc.sql("""
                        UPDATE plan_summary SET progress = :progress, phase_count = :phases,
                               task_count = :tasks, done_task_count = :done
                        WHERE plan_id = :plan""")
                .param("progress", PlanProgress.ofPlan(counts.stream().map(PhaseCount::progress).toList()))
                .param("phases", counts.size())
                .param("tasks", counts.stream().mapToInt(PhaseCount::tasks).sum())
                .param("done", counts.stream().mapToInt(PhaseCount::done).sum())
                .param("plan", plan)
                .update();
    }


    private record PhaseCount(UUID phaseId, int tasks, int done) {
        double progress() {
            return PlanProgress.ofPhase(done, tasks);
        }
    }
}
