/**
 * The dashboards' layouts as the API lists and shows them: each dashboard with its widgets, their
 * data sources, parameters and places on the grid.
 */
package io.opsledger.query.dashboardlayout;
