package io.opsledger.kernel.alert;

import java.util.Set;

/**
 * The subscription behind the live alert stream: its initial result is the open alerts matching
 * the filter (a list of {@link AlertView}); its updates are every raise, repeat, acknowledgement and
 * resolution of a matching alert. An empty {@code kinds} matches every kind.
 */
public record WatchAlertsQuery(AlertSeverity minSeverity, Set<AlertKind> kinds) {

    public WatchAlertsQuery {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }

    public boolean matches(AlertView alert) {
        return alert.severity().atLeast(minSeverity) && (kinds.isEmpty() || kinds.contains(alert.kind()));
    }
}
