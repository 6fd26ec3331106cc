/**
 * Messages of dashboards: a named 12-column grid of widgets, each bound to a data source by name.
 * The data sources themselves are read models; {@link io.opsledger.kernel.dashboard.DataSourceCatalog}
 * lets the aggregate check a name without depending on the query side.
 */
package io.opsledger.kernel.dashboard;
