package io.opsledger.kernel.dashboard;

import java.util.Set;

/**
 * The data sources that exist and the widget types each can feed. Implemented by the query side's
 * registry and handed to the dashboard's command handlers as a resource, so the command side checks
 * names without depending on the query side.
 */
public interface DataSourceCatalog {

    /** The widget types the named data source can feed; empty when no such data source exists. */
    Set<WidgetType> typesOf(String dataSource);
}
