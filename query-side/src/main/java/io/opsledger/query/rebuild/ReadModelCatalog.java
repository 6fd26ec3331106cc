package io.opsledger.query.rebuild;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The projections that can be rebuilt and the tables each one owns. Policies (processing groups
 * that send commands) are deliberately absent: replaying them would act again.
 */
@Configuration(proxyBeanMethods = false)
class ReadModelCatalog {

    @Bean
    RebuildableReadModel planOverviewReadModel() {
        return new RebuildableReadModel("plan-overview", List.of("plan_summary", "plan_phase", "plan_task",
                "plan_task_prerequisite", "plan_conflict", "plan_markdown_layout"));
    }

    @Bean
    RebuildableReadModel backupStatusReadModel() {
        return new RebuildableReadModel("backup-status", List.of("backup_job", "backup_run", "backup_log"));
    }

    @Bean
    RebuildableReadModel pipelineRunsReadModel() {
        return new RebuildableReadModel("pipeline-runs", List.of("pipeline", "pipeline_run", "pipeline_run_step",
                "pipeline_run_lineage", "pipeline_run_dataset", "pipeline_run_anomaly"));
    }

    @Bean
    RebuildableReadModel dashboardLayoutReadModel() {
        return new RebuildableReadModel("dashboard-layout", List.of("dashboard", "dashboard_widget",
                "dashboard_widget_param"));
    }

    @Bean
    RebuildableReadModel alertFeedReadModel() {
        return new RebuildableReadModel("alert-feed", List.of("alert"));
    }

    @Bean
    RebuildableReadModel auditCorrelationReadModel() {
        return new RebuildableReadModel("audit-correlation", List.of("audit_correlation"));
    }
}
