package io.opsledger.query.readmodel;

import java.util.Set;

/**
 * The processing groups that keep read models, by name: a mutation names the one whose read
 * model it answers from when it waits for its own change ({@link ReadModelProgress}).
 */
public final class ProcessingGroups {

    public static final String PLAN_OVERVIEW = "plan-overview";
    public static final String BACKUP_STATUS = "backup-status";
    public static final String ALERT_FEED = "alert-feed";
    public static final String PIPELINE_RUNS = "pipeline-runs";
    public static final String DASHBOARD_LAYOUT = "dashboard-layout";

    public static final String AUDIT_CORRELATION = "audit-correlation";
    public static final String SEARCH_INDEX = "search-index";
    public static final String LIVE_UPDATES = "live-updates";

    /** Every read-model group: each reports what it has applied. */
    public static final Set<String> READ_MODELS = Set.of(PLAN_OVERVIEW, BACKUP_STATUS, ALERT_FEED, PIPELINE_RUNS,
            DASHBOARD_LAYOUT);

    /**
     * Every group of the query side. They write read models, indexes and subscription updates, and
     * never dispatch a command or an event ({@link DispatchesNothing}).
     */
    public static final Set<String> QUERY_SIDE = Set.of(PLAN_OVERVIEW, BACKUP_STATUS, ALERT_FEED, PIPELINE_RUNS,
            DASHBOARD_LAYOUT, AUDIT_CORRELATION, SEARCH_INDEX, LIVE_UPDATES);

    private ProcessingGroups() {
    }
}
