/**
 * Alerts: raised by policies reacting to domain events (or by people and scripts), deduplicated by
 * key into one open alert with an occurrence count, acknowledged, and resolved by hand or when the
 * cause clears. One {@link AlertStreamId} per key holds the successive alerts of that key.
 */
package io.opsledger.kernel.alert;
