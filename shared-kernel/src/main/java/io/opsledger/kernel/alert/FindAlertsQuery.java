package io.opsledger.kernel.alert;

/**
 * Alerts, newest raise first, optionally of one status and at least one severity; answers
 * {@link AlertPage}.
 */
public record FindAlertsQuery(AlertStatus status, AlertSeverity minSeverity, int first, String after) {
}
