package io.opsledger.kernel.dashboard;

import io.opsledger.kernel.Rule;

/** Every rule a dashboard command can break; the constant's name is the error code. */
public enum DashboardRule implements Rule {
    DASHBOARD_NAME_REQUIRED("name"),
    WIDGET_ID_REQUIRED("widgetId"),
    WIDGET_ID_TAKEN("widgetId"),
    WIDGET_NOT_FOUND("widgetId"),
    WIDGET_TYPE_REQUIRED("type"),
    /** A widget must lie within the 12 columns, at x, y >= 0 with a size of at least one cell. */
    WIDGET_OUTSIDE_GRID("placement"),
    WIDGET_OVERLAP("placement"),
    DATA_SOURCE_UNKNOWN("dataSource"),
    /** The data source exists but cannot feed this widget type (a LIST source in a TIMESERIES widget). */
    DATA_SOURCE_TYPE_MISMATCH("dataSource"),
    /** The widget was changed after the revision the edit was based on; edits of other widgets merge. */
    WIDGET_CHANGED_MEANWHILE("widgetId"),
    /** The dashboard was renamed after the revision the rename was based on. */
    NAME_CHANGED_MEANWHILE("name");

    private final String field;

    DashboardRule(String field) {
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }

    @Override
    public boolean staleInput() {
        return this == WIDGET_CHANGED_MEANWHILE || this == NAME_CHANGED_MEANWHILE;
    }
}
