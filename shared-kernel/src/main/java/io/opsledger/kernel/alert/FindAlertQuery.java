package io.opsledger.kernel.alert;

import java.util.UUID;

/** One alert by id; answers {@link AlertView} or null. */
public record FindAlertQuery(UUID alertId) {
}
