package io.opsledger.query.planoverview;

import io.opsledger.kernel.plan.ConflictPage;
import io.opsledger.kernel.plan.ConflictResolution;
import io.opsledger.kernel.plan.ConflictStatus;
import io.opsledger.kernel.plan.ConflictStrategy;
import io.opsledger.kernel.plan.ConflictType;
import io.opsledger.kernel.plan.ConflictView;
import io.opsledger.kernel.plan.PhaseId;
import io.opsledger.kernel.plan.PlanStatus;
import io.opsledger.kernel.plan.TaskId;
import io.opsledger.kernel.plan.markdown.PlanLayout;
import io.opsledger.kernel.plan.PlanSummaryPage;
import io.opsledger.kernel.plan.PlanSummaryView;
import io.opsledger.kernel.plan.PlanView;
import io.opsledger.kernel.plan.PlanView.PhaseView;
import io.opsledger.kernel.plan.PlanView.TaskView;
import io.opsledger.kernel.plan.TaskPriority;
import io.opsledger.kernel.plan.TaskStatus;
import io.opsledger.query.paging.KeysetCursor;
import io.opsledger.query.paging.KeysetPageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads the plan overview tables and maps rows to the views the API serves. */
@Repository
class PlanOverviewRepository {

    static final String PLANS = "plan";
    static final String CONFLICTS = "conflict";

    private static final String SUMMARY_COLUMNS = """
            plan_id, title, version, status, progress, phase_count, task_count, done_task_count,
            open_conflict_count, conflict_strategy, revision, created_at, updated_at""";
    private static final String CONFLICT_COLUMNS = """
            conflict_id, plan_id, conflict_type, strategy, based_on_revision, field, entity_id, base_value,
            current_value, incoming_value, status, resolution, resolved_value, detected_at, resolved_at""";

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

    /**
     * The plan with its phases, tasks and prerequisites in one statement (one row per task, or per
     * phase without tasks), and its open conflicts in a second one only when it has any.
     */
    Optional<PlanView> findPlan(UUID planId) {
        PlanRows rows = new PlanRows();
        jdbc.sql(PLAN_WITH_CONTENTS).param("id", planId).query(rows::add);
        return Optional.ofNullable(rows.summary).map(summary -> new PlanView(summary.id(), summary.title(),
                summary.version(), summary.status(), summary.progress(), summary.revision(), summary.createdAt(),
                summary.updatedAt(), rows.strategy, rows.phases(),
                summary.openConflictCount() == 0 ? List.of() : openConflictsOf(planId)));
    }

    private static final String PLAN_WITH_CONTENTS = """
            SELECT s.plan_id, s.title, s.version, s.status, s.progress, s.phase_count, s.task_count,
                   s.done_task_count, s.open_conflict_count, s.conflict_strategy, s.revision, s.created_at,
                   s.updated_at,
                   p.phase_id, p.phase_number, p.title AS phase_title, p.progress AS phase_progress,
                   t.task_id, t.description, t.status AS task_status, t.priority, t.due_date,
                   (SELECT ARRAY_AGG(q.prerequisite_id ORDER BY q.ordinal) FROM plan_task_prerequisite q
                     WHERE q.plan_id = t.plan_id AND q.task_id = t.task_id) AS prerequisites
            FROM plan_summary s
            LEFT JOIN plan_phase p ON p.plan_id = s.plan_id
            LEFT JOIN plan_task t ON t.plan_id = p.plan_id AND t.phase_id = p.phase_id
            WHERE s.plan_id = :id
            ORDER BY p.phase_number, t.task_order""";

    /** Folds the rows of {@link #PLAN_WITH_CONTENTS} into the summary and its phases with their tasks. */
    private static final class PlanRows {
        private PlanSummaryView summary;
        private ConflictStrategy strategy;
        private final Map<UUID, PhaseView> phases = new LinkedHashMap<>();
        private final Map<UUID, List<TaskView>> tasks = new LinkedHashMap<>();

        void add(ResultSet rs) throws SQLException {
            if (summary == null) {
                summary = summary(rs, 0);
                strategy = ConflictStrategy.valueOf(rs.getString("conflict_strategy"));
            }
            UUID phaseId = rs.getObject("phase_id", UUID.class);
            if (phaseId == null) {
                return;
            }
            if (!phases.containsKey(phaseId)) {
                phases.put(phaseId, new PhaseView(phaseId, rs.getInt("phase_number"), rs.getString("phase_title"),
                        rs.getDouble("phase_progress"), List.of()));
            }
            UUID taskId = rs.getObject("task_id", UUID.class);
            if (taskId != null) {
                tasks.computeIfAbsent(phaseId, id -> new ArrayList<>()).add(new TaskView(taskId,
                        rs.getString("description"), TaskStatus.valueOf(rs.getString("task_status")),
                        TaskPriority.valueOf(rs.getString("priority")), rs.getObject("due_date", LocalDate.class),
                        prerequisites(rs.getArray("prerequisites"))));
            }
        }

        List<PhaseView> phases() {
            return phases.values().stream().map(phase -> new PhaseView(phase.id(), phase.number(), phase.title(),
                    phase.progress(), List.copyOf(tasks.getOrDefault(phase.id(), List.of())))).toList();
        }

        private static List<UUID> prerequisites(Array array) throws SQLException {
            if (array == null) {
                return List.of();
            }
            return Arrays.stream((Object[]) array.getArray())
                    .map(id -> id instanceof UUID uuid ? uuid : UUID.fromString(id.toString()))
                    .toList();
        }
    }

    private List<ConflictView> openConflictsOf(UUID planId) {
        return jdbc.sql("SELECT " + CONFLICT_COLUMNS + """
                         FROM plan_conflict WHERE plan_id = :plan AND status = 'OPEN'
                        ORDER BY detected_at, conflict_id""")
                .param("plan", planId)
                .query(PlanOverviewRepository::conflict)
                .list();
    }

    /** Conflicts oldest first, optionally of one plan and status, continuing after the cursor. */
    ConflictPage findConflicts(UUID planId, ConflictStatus status, int first, KeysetCursor after) {
        KeysetPageQuery query = KeysetPageQuery.oldestFirst("SELECT " + CONFLICT_COLUMNS + " FROM plan_conflict",
                "detected_at", "conflict_id");
        if (planId != null) {
            query.where("plan_id = :plan", "plan", planId);
        }
        if (status != null) {
            query.where("status = :status", "status", status.name());
        }
        KeysetPageQuery.Page<ConflictView> page = query.fetch(jdbc, first, after, PlanOverviewRepository::conflict);
        List<ConflictPage.Edge> edges = page.rows().stream()
                .map(view -> new ConflictPage.Edge(
                        new KeysetCursor(CONFLICTS, view.detectedAt(), view.id()).encode(), view))
                .toList();
        return new ConflictPage(edges, page.hasNext(), after != null);
    }

    /** Plans oldest first, continuing after the given cursor position; one row more than asked tells if more follow. */
    PlanSummaryPage findPlans(PlanStatus status, int first, KeysetCursor after) {
        KeysetPageQuery query = KeysetPageQuery.oldestFirst("SELECT " + SUMMARY_COLUMNS + " FROM plan_summary",
                "created_at", "plan_id");
        if (status != null) {
            query.where("status = :status", "status", status.name());
        }
        KeysetPageQuery.Page<PlanSummaryView> page = query.fetch(jdbc, first, after, PlanOverviewRepository::summary);
        List<PlanSummaryPage.Edge> edges = page.rows().stream()
                .map(view -> new PlanSummaryPage.Edge(new KeysetCursor(PLANS, view.createdAt(), view.id()).encode(), view))
                .toList();
        return new PlanSummaryPage(edges, page.hasNext(), after != null);
    }

    Optional<PlanLayout> findLayout(UUID planId) {
        return jdbc.sql("SELECT markdown, phase_ids, task_ids FROM plan_markdown_layout WHERE plan_id = :plan")
                .param("plan", planId)
                .query((rs, row) -> new PlanLayout(rs.getString("markdown"),
                        ids(rs.getString("phase_ids")).stream().map(PhaseId::new).toList(),
                        ids(rs.getString("task_ids")).stream().map(TaskId::new).toList()))
                .optional();
    }

    private static List<UUID> ids(String joined) {
        return joined == null || joined.isBlank() ? List.of()
                : Arrays.stream(joined.split(",")).map(UUID::fromString).toList();
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

    private static PlanSummaryView summary(ResultSet rs, int row) throws SQLException {
        return new PlanSummaryView(rs.getObject("plan_id", UUID.class), rs.getString("title"),
                rs.getString("version"), PlanStatus.valueOf(rs.getString("status")), rs.getDouble("progress"),
                rs.getInt("phase_count"), rs.getInt("task_count"), rs.getInt("done_task_count"),
                rs.getInt("open_conflict_count"), rs.getLong("revision"), instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    private static ConflictView conflict(ResultSet rs, int row) throws SQLException {
        String resolution = rs.getString("resolution");
        return new ConflictView(rs.getObject("conflict_id", UUID.class), rs.getObject("plan_id", UUID.class),
                ConflictType.valueOf(rs.getString("conflict_type")), ConflictStrategy.valueOf(rs.getString("strategy")),
                rs.getLong("based_on_revision"), rs.getString("field"), rs.getObject("entity_id", UUID.class),
                rs.getString("base_value"), rs.getString("current_value"), rs.getString("incoming_value"),
                ConflictStatus.valueOf(rs.getString("status")),
                resolution == null ? null : ConflictResolution.valueOf(resolution), rs.getString("resolved_value"),
                instant(rs, "detected_at"), rs.getObject("resolved_at") == null ? null : instant(rs, "resolved_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
