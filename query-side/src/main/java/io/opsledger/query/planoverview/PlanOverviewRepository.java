package io.opsledger.query.planoverview;

import io.opsledger.kernel.plan.PlanStatus;
import io.opsledger.kernel.plan.PlanSummaryPage;
import io.opsledger.kernel.plan.PlanSummaryView;
import io.opsledger.kernel.plan.PlanView;
import io.opsledger.kernel.plan.PlanView.PhaseView;
import io.opsledger.kernel.plan.PlanView.TaskView;
import io.opsledger.kernel.plan.TaskPriority;
import io.opsledger.kernel.plan.TaskStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads the plan overview tables and maps rows to the views the API serves. */
@Repository
class PlanOverviewRepository {

    private static final String SUMMARY_COLUMNS = """
            plan_id, title, version, status, progress, phase_count, task_count, done_task_count,
            revision, created_at, updated_at""";

    private final JdbcClient jdbc;

    PlanOverviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PlanSummaryView> findSummary(UUID planId) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM plan_summary WHERE plan_id = :id")
                .param("id", planId)
                .query(PlanOverviewRepository::summary)
                .optional();
    }

    Optional<PlanView> findPlan(UUID planId) {
        return findSummary(planId).map(summary -> new PlanView(summary.id(), summary.title(), summary.version(),
                summary.status(), summary.progress(), summary.revision(), summary.createdAt(), summary.updatedAt(),
                phasesOf(planId)));
    }

    /** Plans oldest first, continuing after the given cursor position; one row more than asked tells if more follow. */
    PlanSummaryPage findPlans(PlanStatus status, int first, PlanCursor after) {
        StringBuilder sql = new StringBuilder("SELECT " + SUMMARY_COLUMNS + " FROM plan_summary WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (status != null) {
            sql.append(" AND status = :status");
            params.put("status", status.name());
        }
        if (after != null) {
            sql.append(" AND (created_at > :afterAt OR (created_at = :afterAt AND plan_id > :afterId))");
            params.put("afterAt", PlanOverviewProjection.dbTime(after.createdAt()));
            params.put("afterId", after.planId());
        }
        sql.append(" ORDER BY created_at, plan_id LIMIT :limit");
        params.put("limit", first + 1);
        List<PlanSummaryView> rows = jdbc.sql(sql.toString()).params(params).query(PlanOverviewRepository::summary).list();
        boolean hasNext = rows.size() > first;
        List<PlanSummaryPage.Edge> edges = rows.stream().limit(first)
                .map(view -> new PlanSummaryPage.Edge(PlanCursor.of(view).encode(), view))
                .toList();
        return new PlanSummaryPage(edges, hasNext, after != null);
    }

    /** The tasks of one phase in their order, as a list the caller may change. */
    List<UUID> taskOrder(UUID planId, UUID phaseId) {
        return new ArrayList<>(jdbc.sql("""
                        SELECT task_id FROM plan_task WHERE plan_id = :plan AND phase_id = :phase
                        ORDER BY task_order""")
                .param("plan", planId)
                .param("phase", phaseId)
                .query(UUID.class)
                .list());
    }

    private List<PhaseView> phasesOf(UUID planId) {
        Map<UUID, List<UUID>> prerequisites = new LinkedHashMap<>();
        jdbc.sql("SELECT task_id, prerequisite_id FROM plan_task_prerequisite WHERE plan_id = :plan ORDER BY task_id, ordinal")
                .param("plan", planId)
                .query((ResultSet rs) -> {
                    prerequisites.computeIfAbsent(rs.getObject("task_id", UUID.class), id -> new ArrayList<>())
                            .add(rs.getObject("prerequisite_id", UUID.class));
                });
        Map<UUID, List<TaskView>> tasksByPhase = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT task_id, phase_id, description, status, priority, due_date
                        FROM plan_task WHERE plan_id = :plan ORDER BY phase_id, task_order""")
                .param("plan", planId)
                .query((ResultSet rs) -> {
                    UUID taskId = rs.getObject("task_id", UUID.class);
                    tasksByPhase.computeIfAbsent(rs.getObject("phase_id", UUID.class), id -> new ArrayList<>())
                            .add(new TaskView(taskId, rs.getString("description"),
                                    TaskStatus.valueOf(rs.getString("status")),
                                    TaskPriority.valueOf(rs.getString("priority")),
                                    rs.getObject("due_date", LocalDate.class),
                                    List.copyOf(prerequisites.getOrDefault(taskId, List.of()))));
                });
        return jdbc.sql("""
                        SELECT phase_id, phase_number, title, progress FROM plan_phase
                        WHERE plan_id = :plan ORDER BY phase_number""")
                .param("plan", planId)
                .query((rs, row) -> {
                    UUID phaseId = rs.getObject("phase_id", UUID.class);
                    return new PhaseView(phaseId, rs.getInt("phase_number"), rs.getString("title"),
                            rs.getDouble("progress"), List.copyOf(tasksByPhase.getOrDefault(phaseId, List.of())));
                })
                .list();
    }

    private static PlanSummaryView summary(ResultSet rs, int row) throws SQLException {
        return new PlanSummaryView(rs.getObject("plan_id", UUID.class), rs.getString("title"),
                rs.getString("version"), PlanStatus.valueOf(rs.getString("status")), rs.getDouble("progress"),
                rs.getInt("phase_count"), rs.getInt("task_count"), rs.getInt("done_task_count"),
                rs.getLong("revision"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
