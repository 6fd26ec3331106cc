package io.opsledger.api.integrity;

import io.opsledger.kernel.alert.AcknowledgeAlertCommand;
import io.opsledger.kernel.alert.AlertSubject;
import io.opsledger.kernel.alert.RaiseAlertCommand;
import io.opsledger.kernel.alert.ResolveAlertCommand;
import io.opsledger.kernel.backup.CreateBackupJobCommand;
import io.opsledger.kernel.backup.RecordBackupFailureCommand;
import io.opsledger.kernel.backup.RecordBackupSuccessCommand;
import io.opsledger.kernel.backup.RecordScannedFileCommand;
import io.opsledger.kernel.backup.ScanSettings;
import io.opsledger.kernel.dashboard.CreateDashboardCommand;
import io.opsledger.kernel.dashboard.WidgetBinding;
import io.opsledger.kernel.dashboard.WidgetId;
import io.opsledger.kernel.limits.Items;
import io.opsledger.kernel.limits.Text;
import io.opsledger.kernel.pipeline.CreatePipelineCommand;
import io.opsledger.kernel.pipeline.FailPipelineRunCommand;
import io.opsledger.kernel.pipeline.FailPipelineStepCommand;
import io.opsledger.kernel.pipeline.LineageDataset;
import io.opsledger.kernel.pipeline.RecordLineageEventCommand;
import io.opsledger.kernel.pipeline.StepName;
import io.opsledger.kernel.plan.AddPhaseCommand;
import io.opsledger.kernel.plan.AddTaskCommand;
import io.opsledger.kernel.plan.CreatePlanCommand;
import io.opsledger.kernel.plan.ResolveConflictCommand;
import io.opsledger.support.PostgresTestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits declared on the commands define the read-model columns: every text column of a read
 * model, read from PostgreSQL's information_schema after the real migrations, is either as wide as
 * the limit of the input it stores, or is declared here as holding only what the server writes
 * (an enum's name, a status, a hash). A narrower column would turn an accepted command into a
 * projection failure (a ghost entity, now a dead letter).
 */
class ReadModelColumnWidthsIT {

    /** Tables that are not read models: Axon's, the scheduler's, Flyway's, and other features' bookkeeping. */
    private static final Set<String> NOT_READ_MODELS = Set.of("domainevententry", "snapshotevententry", "tokenentry",
            "sagaentry", "associationvalueentry", "deadletterentry", "scheduled_tasks", "flyway_schema_history",
            "idempotency_key", "audit_correlation", "projection_rebuild", "api_token");

    private static final Map<String, Integer> INPUTS = new LinkedHashMap<>();
    private static final Map<String, String> SERVER_WRITTEN = new LinkedHashMap<>();

    static {
        input("plan_summary.title", text(CreatePlanCommand.class, "title"));
        input("plan_summary.version", text(CreatePlanCommand.class, "version"));
        input("plan_phase.title", text(AddPhaseCommand.class, "title"));
        input("plan_task.description", text(AddTaskCommand.class, "description"));
        for (String value : List.of("base_value", "current_value", "incoming_value", "resolved_value")) {
            input("plan_conflict." + value, Math.max(text(AddTaskCommand.class, "description"),
                    text(ResolveConflictCommand.class, "editedValue")));
        }
        input("backup_job.name", text(CreateBackupJobCommand.class, "name"));
        input("backup_job.source", text(CreateBackupJobCommand.class, "source"));
        input("backup_job.scan_directory", text(ScanSettings.class, "directory"));
        input("backup_job.scan_glob", text(ScanSettings.class, "glob"));
        input("backup_run.sha256", text(RecordBackupSuccessCommand.class, "sha256"));
        input("backup_run.file_name", text(RecordScannedFileCommand.class, "fileName"));
        input("backup_run.reason", text(RecordBackupFailureCommand.class, "reason"));
        input("pipeline.namespace", text(CreatePipelineCommand.class, "namespace"));
        input("pipeline.name", text(CreatePipelineCommand.class, "name"));
        input("pipeline_run.reason", text(FailPipelineRunCommand.class, "reason"));
        input("pipeline_run_step.name", text(StepName.class, "value"));
        input("pipeline_run_step.reason", text(FailPipelineStepCommand.class, "reason"));
        input("pipeline_run_lineage.producer", text(RecordLineageEventCommand.class, "producer"));
        input("pipeline_run_dataset.namespace", text(LineageDataset.class, "namespace"));
        input("pipeline_run_dataset.name", text(LineageDataset.class, "name"));
        input("dashboard.name", text(CreateDashboardCommand.class, "name"));
        input("dashboard_widget.widget_id", text(WidgetId.class, "value"));
        input("dashboard_widget.title", text(WidgetBinding.class, "title"));
        input("dashboard_widget.data_source", text(WidgetBinding.class, "dataSource"));
        input("dashboard_widget_param.widget_id", text(WidgetId.class, "value"));
        input("dashboard_widget_param.param_name", component(WidgetBinding.class, "params").getAnnotation(Items.class).keyMax());
        input("dashboard_widget_param.param_value", text(WidgetBinding.class, "params"));
        input("alert.alert_key", text(RaiseAlertCommand.class, "key"));
        input("alert.title", text(RaiseAlertCommand.class, "title"));
        input("alert.message", text(RaiseAlertCommand.class, "message"));
        input("alert.subject_type", text(AlertSubject.class, "type"));
        input("alert.acknowledged_by", text(AcknowledgeAlertCommand.class, "by"));
        input("alert.acknowledge_comment", text(AcknowledgeAlertCommand.class, "comment"));
        input("alert.resolved_by", text(ResolveAlertCommand.class, "by"));
        input("alert.resolve_reason", text(ResolveAlertCommand.class, "reason"));

        for (String status : List.of("backup_job.status", "backup_run.status", "pipeline_run.state",
                "pipeline_run_step.state", "plan_summary.status", "plan_task.status", "plan_conflict.status",
                "alert.status")) {
            SERVER_WRITTEN.put(status, "a state the aggregate decides, by its enum name");
        }
        for (String enumName : List.of("backup_run.origin", "backup_run.tier", "pipeline.origin", "pipeline_run.origin",
                "pipeline_run_step.kind", "pipeline_run_lineage.event_type", "pipeline_run_dataset.direction",
                "pipeline_run_anomaly.metric", "plan_task.priority", "plan_summary.conflict_strategy",
                "plan_conflict.conflict_type", "plan_conflict.strategy", "plan_conflict.resolution",
                "dashboard_widget.widget_type", "alert.kind", "alert.severity")) {
            SERVER_WRITTEN.put(enumName, "an enum's name, checked by the GraphQL schema");
        }
        SERVER_WRITTEN.put("plan_conflict.field", "the name of the plan field in conflict, chosen by the aggregate");
    }

    private static PostgresTestDatabase database;

    @BeforeAll
    static void migrate() {
        database = PostgresTestDatabase.freshSchema();
        Flyway.configure().dataSource(database.url(), database.user(), database.password())
                .locations("classpath:db/migration").load().migrate();
    }

    @AfterAll
    static void drop() {
        database.drop();
    }

    @Test
    void everyReadModelTextColumnHoldsTheLongestAcceptedInput() throws SQLException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try (Connection connection = database.connect(); ResultSet columns = connection.createStatement().executeQuery("""
                SELECT table_name, column_name, data_type, character_maximum_length FROM information_schema.columns
                WHERE table_schema = current_schema() AND data_type IN ('character varying', 'character', 'text')
                ORDER BY table_name, column_name""")) {
            while (columns.next()) {
                String table = columns.getString("table_name");
                String column = table + "." + columns.getString("column_name");
                if (NOT_READ_MODELS.contains(table)) {
                    continue;
                }
                Integer width = columns.getObject("character_maximum_length") == null ? null
                        : columns.getInt("character_maximum_length");
                if (INPUTS.containsKey(column)) {
                    checked++;
                    if (width != null && width < INPUTS.get(column)) {
                        problems.add("%s is %d characters wide, its input may have %d".formatted(column, width, INPUTS.get(column)));
                    }
                } else if (!SERVER_WRITTEN.containsKey(column) && width != null) {
                    problems.add("%s (%d characters): say which input it stores (INPUTS) or why no client writes it (SERVER_WRITTEN)"
                            .formatted(column, width));
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).as("columns checked against an input's limit").isEqualTo(INPUTS.size());
    }

    private static void input(String column, int limit) {
        INPUTS.put(column, limit);
    }

    private static int text(Class<? extends Record> record, String component) {
        return component(record, component).getAnnotation(Text.class).max();
    }

    private static RecordComponent component(Class<? extends Record> record, String name) {
        return Arrays.stream(record.getRecordComponents()).filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
    }
}
