/**
 * Widget data, read from the read models through named data sources. A data source is one Spring
 * bean implementing {@link io.opsledger.query.widgetdata.WidgetDataSource}: the registry finds it,
 * dashboards may bind widgets to it by name, and live widgets refresh on the events it declares.
 */
package io.opsledger.query.widgetdata;
