package io.opsledger.kernel.dashboard;

/** Dashboards in order of creation, {@code first} after the cursor {@code after}. */
public record FindDashboardsQuery(int first, String after) {
}
